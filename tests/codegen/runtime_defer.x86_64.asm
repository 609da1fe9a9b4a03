; main.deferInLoop
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 32 }
  subq $0x30, %rsp
  movq %rbx, 0x10(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %r12, 0x18(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p12i }
  movq %r13, 0x20(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p13i }
block0:
  load_ext_name deferc_curg+0, %rax
  movq (%rax), %rax
  movq    %rsp, %rcx
  cmpq 0x60(%rax), %rcx
  jb #trap=stk_ovf
  jmp     label1
block1:
  uninit  %r13
  xorq %r13, %r13
  movq %rsi, %rbx
  jmp     label2
block2:
  cmpq %rbx, %r13
  jl      label16; j label3
block3:
  jmp     label4
block4:
  load_ext_name deferc_curg+0, %rbx
  movq    %rbp, %r12
  jmp     label5
block5:
  movq (%rbx), %rcx
  movq 8(%rcx), %rax
  testq %rax, %rax
  jnz     label7; j label6
block6:
  jmp     label9
block7:
  movq 8(%rax), %rdx
  cmpq %r12, %rdx
  jz      label10; j label8
block8:
  jmp     label9
block9:
  movq 0x10(%rsp), %rbx
  movq 0x18(%rsp), %r12
  movq 0x20(%rsp), %r13
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block10:
  movq (%rax), %rdx
  movq %rdx, 8(%rcx)
  movq 0x18(%rax), %rdx
  cmpq $0x4, %rdx
  jb      label12; j label11
block11:
  jmp     label13
block12:
  movq 0x10(%rcx, %rdx, 8), %rsi
  movq %rsi, (%rax)
  movq %rax, 0x10(%rcx, %rdx, 8)
  jmp     label13
block13:
  movq 0x10(%rax), %rdx
  movl $0x1, %ecx
  movl %edx, %edx
  cmpl %ecx, %edx
  cmovbl %edx, %ecx
  br_table %rcx, %rsi, %rdx
block14:
  jmp     label5
block15:
  movq 0x20(%rax), %r13
  movq %r13, <offset:1>+(%rsp)
  load_ext_name deferc_printlock+0, %rax
  call    *%rax
  load_ext_name deferc_printint+0, %rcx
  movq %r13, %rdi
  call    *%rcx
  load_ext_name deferc_printnl+0, %rdx
  call    *%rdx
  load_ext_name deferc_printunlock+0, %rsi
  call    *%rsi
  jmp     label5
block16:
  load_ext_name deferc_curg+0, %r12
  movq (%r12), %rsi
  movq 0x10(%rsi), %rax
  testq %rax, %rax
  jnz     label18; j label17
block18:
  movq (%rax), %r8
  movq %r8, 0x10(%rsi)
  jmp     label19
block19:
  movq    %rbp, %r10
  movq %r10, 8(%rax)
  movq $0x0, 0x10(%rax)
  movq (%r12), %rcx
  movq 8(%rcx), %rdx
  movq %rdx, (%rax)
  movq %rax, 8(%rcx)
  movq %r13, 0x20(%rax)
  jmp     label20
block20:
  leaq 1(%r13), %r13
  jmp     label2
block17:
  uninit  %rdi
  xorq %rdi, %rdi
  load_ext_name deferc_defernew+0, %r8
  call    *%r8
  jmp     label19

