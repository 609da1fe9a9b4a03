; main.area
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 32 }
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %r12, 8(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p12i }
  movq %r13, 0x10(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p13i }
block0:
  movq %rdx, %r12
  load_ext_name deferc_curg+0, %rax
  movq (%rax), %rax
  movq    %rsp, %rcx
  cmpq 0x60(%rax), %rcx
  jb #trap=stk_ovf
  jmp     label1
block1:
  testq %rsi, %rsi
  jz      label9; j label2
block2:
  load_ext_name .Ldata5+0, %rbx
  movq (%rbx), %rcx
  cmpq %rsi, %rcx
  jz      label6; j label3
block3:
  movq 0x10(%rbx), %rcx
  cmpq %rsi, %rcx
  movq %rsi, %r13
  jz      label5; j label4
block5:
  movq 0x18(%rbx), %rcx
  jmp     label7
block6:
  movq 8(%rbx), %rcx
  jmp     label7
block7:
  uninit  %rdi
  xorq %rdi, %rdi
  movq %r12, %rsi
  call    *%rcx
  jmp     label8
block8:
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block4:
  load_ext_name go.string·2+0, %rsi
  movl $0x4, %edx
  load_ext_name deferc_find_method+0, %rcx
  movq %r13, %rdi
  call    *%rcx
  movq (%rbx), %rcx
  movq 8(%rbx), %rdx
  movq %rcx, 0x10(%rbx)
  movq %rdx, 0x18(%rbx)
  movq %r13, %rsi
  movq %rsi, (%rbx)
  movq %rax, %rcx
  movq %rcx, 8(%rbx)
  jmp     label7
block9:
  uninit  %rdi
  xorq %rdi, %rdi
  call    User(deferc.deferc_panic_mem)
  ud2

