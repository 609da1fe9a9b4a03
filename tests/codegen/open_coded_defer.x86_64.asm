; main.unlockOnExit
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 48 }
  subq $0x60, %rsp
  movq %rbx, 0x30(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %r12, 0x38(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p12i }
  movq %r13, 0x40(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p13i }
  movq %r14, 0x48(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p14i }
  movq %r15, 0x50(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p15i }
block0:
  movq %rsi, <offset:1>+0x18(%rsp)
  movq %rdx, <offset:1>+0x20(%rsp)
  load_ext_name deferc_curg+0, %rax
  movq (%rax), %rax
  movq    %rsp, %rcx
  cmpq 0x60(%rax), %rcx
  jb #trap=stk_ovf
  jmp     label1
block1:
  uninit  %rdi
  xorq %rdi, %rdi
  movq $0x0, <offset:1>+(%rsp)
  movb $0x0, <offset:1>+8(%rsp)
  movq    %rbp, %rcx
  movq %rcx, <offset:1>+0x28(%rsp)
  movq <offset:1>+0x18(%rsp), %rsi
  call    User(main.(*Mutex).Lock); jmp MachLabel(3); catch [default: MachLabel(2)]
block2:
  jmp     label4
block3:
  movq <offset:1>+0x18(%rsp), %rcx
  movq %rcx, <offset:1>+0x10(%rsp)
  movzbq <offset:1>+8(%rsp), %rax
  orb $0x1, %al
  movb %al, <offset:1>+8(%rsp)
  movq <offset:1>+0x20(%rsp), %rdx
  leaq 1(%rdx), %rax
  movq %rax, <offset:1>+(%rsp)
  jmp     label13
block4:
  load_ext_name deferc_panic_enter+0, %rax
  movq <offset:1>+0x28(%rsp), %rdi
  call    *%rax
  movzbq <offset:1>+8(%rsp), %rax
  testb $0x1, %al
  jnz     label6; j label5
block5:
  jmp     label11
block6:
  andb $0xfe, %al
  movb %al, <offset:1>+8(%rsp)
  movq <offset:1>+0x10(%rsp), %rsi
  uninit  %rdi
  xorq %rdi, %rdi
  call    User(main.(*Mutex).Unlock); jmp MachLabel(8); catch [default: MachLabel(7)]
block7:
  jmp     label4
block8:
  load_ext_name deferc_panic_defer_done+0, %rax
  movq <offset:1>+0x28(%rsp), %rdi
  call    *%rax
  testb %al, %al
  jnz     label9; j label10
block9:
  jmp     label13
block10:
  jmp     label11
block11:
  jmp     label12
block13:
  movzbq <offset:1>+8(%rsp), %rax
  testb $0x1, %al
  jnz     label15; j label14
block14:
  jmp     label18
block15:
  andb $0xfe, %al
  movb %al, <offset:1>+8(%rsp)
  movq <offset:1>+0x10(%rsp), %rsi
  uninit  %rdi
  xorq %rdi, %rdi
  call    User(main.(*Mutex).Unlock); jmp MachLabel(17); catch [default: MachLabel(16)]
block16:
  jmp     label4
block17:
  jmp     label18
block18:
  movq <offset:1>+(%rsp), %rax
  movq 0x30(%rsp), %rbx
  movq 0x38(%rsp), %r12
  movq 0x40(%rsp), %r13
  movq 0x48(%rsp), %r14
  movq 0x50(%rsp), %r15
  addq $0x60, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block12:
  uninit  %rdi
  xorq %rdi, %rdi
  call    User(deferc.deferc_gorepanic)
  ud2

; main.twoDefers
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 48 }
  subq $0x80, %rsp
  movq %rbx, 0x50(%rsp)
  unwind SaveReg { clobber_offset: 0, reg: p3i }
  movq %r12, 0x58(%rsp)
  unwind SaveReg { clobber_offset: 8, reg: p12i }
  movq %r13, 0x60(%rsp)
  unwind SaveReg { clobber_offset: 16, reg: p13i }
  movq %r14, 0x68(%rsp)
  unwind SaveReg { clobber_offset: 24, reg: p14i }
  movq %r15, 0x70(%rsp)
  unwind SaveReg { clobber_offset: 32, reg: p15i }
block0:
  load_ext_name deferc_curg+0, %rax
  movq (%rax), %rax
  movq    %rsp, %rcx
  cmpq 0x60(%rax), %rcx
  jb #trap=stk_ovf
  jmp     label1
block1:
  leaq <offset:1>+(%rsp), %rax
  movq $0x0, <offset:1>+(%rsp)
  movb $0x0, <offset:1>+8(%rsp)
  movq %rsi, <offset:1>+0x10(%rsp)
  movq %rsi, <offset:1>+0x30(%rsp)
  movzbq <offset:1>+8(%rsp), %rcx
  orb $0x1, %cl
  movb %cl, <offset:1>+8(%rsp)
  testq %rdx, %rdx
  movq %rdx, <offset:1>+0x38(%rsp)
  jnle    label3; j label2
block2:
  jmp     label4
block3:
  load_ext_name main.twoDefers.func1+0, %rsi
  leaq <offset:1>+0x18(%rsp), %rcx
  movq %rsi, <offset:1>+0x18(%rsp)
  movq %rax, <offset:1>+0x20(%rsp)
  movq %rcx, <offset:1>+0x28(%rsp)
  movzbq <offset:1>+8(%rsp), %rsi
  orb $0x2, %sil
  movb %sil, <offset:1>+8(%rsp)
  jmp     label4
block4:
  uninit  %rdi
  xorq %rdi, %rdi
  movq    %rbp, %rsi
  movq %rsi, <offset:1>+0x40(%rsp)
  movq <offset:1>+0x30(%rsp), %rsi
  call    User(main.(*Mutex).Lock); jmp MachLabel(6); catch [default: MachLabel(5)]
block5:
  jmp     label9
block6:
  uninit  %rdi
  xorq %rdi, %rdi
  movq <offset:1>+0x30(%rsp), %rsi
  call    User(main.(*Mutex).Lock); jmp MachLabel(8); catch [default: MachLabel(7)]
block7:
  jmp     label9
block8:
  movq <offset:1>+0x38(%rsp), %rdx
  movq %rdx, <offset:1>+(%rsp)
  jmp     label25
block9:
  load_ext_name deferc_panic_enter+0, %r11
  movq <offset:1>+0x40(%rsp), %rdi
  call    *%r11
  movzbq <offset:1>+8(%rsp), %r11
  testb $0x2, %r11b
  jnz     label11; j label10
block10:
  jmp     label16
block11:
  andb $0xfd, %r11b
  movb %r11b, <offset:1>+8(%rsp)
  movq <offset:1>+0x28(%rsp), %rdi
  call    User(main.twoDefers.func1); jmp MachLabel(13); catch [default: MachLabel(12)]
block12:
  jmp     label9
block13:
  load_ext_name deferc_panic_defer_done+0, %rax
  movq <offset:1>+0x40(%rsp), %rdi
  call    *%rax
  testb %al, %al
  jnz     label14; j label15
block14:
  jmp     label25
block15:
  jmp     label16
block16:
  movzbq <offset:1>+8(%rsp), %rax
  testb $0x1, %al
  jnz     label18; j label17
block17:
  jmp     label23
block18:
  andb $0xfe, %al
  movb %al, <offset:1>+8(%rsp)
  movq <offset:1>+0x10(%rsp), %rsi
  uninit  %rdi
  xorq %rdi, %rdi
  call    User(main.(*Mutex).Unlock); jmp MachLabel(20); catch [default: MachLabel(19)]
block19:
  jmp     label9
block20:
  load_ext_name deferc_panic_defer_done+0, %rax
  movq <offset:1>+0x40(%rsp), %rdi
  call    *%rax
  testb %al, %al
  jnz     label21; j label22
block21:
  jmp     label25
block22:
  jmp     label23
block23:
  jmp     label24
block25:
  movzbq <offset:1>+8(%rsp), %rax
  testb $0x2, %al
  jnz     label27; j label26
block26:
  jmp     label30
block27:
  andb $0xfd, %al
  movb %al, <offset:1>+8(%rsp)
  movq <offset:1>+0x28(%rsp), %rdi
  call    User(main.twoDefers.func1); jmp MachLabel(29); catch [default: MachLabel(28)]
block28:
  jmp     label9
block29:
  jmp     label30
block30:
  movzbq <offset:1>+8(%rsp), %rax
  testb $0x1, %al
  jnz     label32; j label31
block31:
  jmp     label35
block32:
  andb $0xfe, %al
  movb %al, <offset:1>+8(%rsp)
  movq <offset:1>+0x10(%rsp), %rsi
  uninit  %rdi
  xorq %rdi, %rdi
  call    User(main.(*Mutex).Unlock); jmp MachLabel(34); catch [default: MachLabel(33)]
block33:
  jmp     label9
block34:
  jmp     label35
block35:
  movq <offset:1>+(%rsp), %rax
  movq 0x50(%rsp), %rbx
  movq 0x58(%rsp), %r12
  movq 0x60(%rsp), %r13
  movq 0x68(%rsp), %r14
  movq 0x70(%rsp), %r15
  addq $0x80, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block24:
  uninit  %rdi
  xorq %rdi, %rdi
  call    User(deferc.deferc_gorepanic)
  ud2

