; main.at
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
block0:
  load_ext_name deferc_curg+0, %r9
  movq (%r9), %r9
  movq    %rsp, %r10
  cmpq 0x60(%r9), %r10
  jb #trap=stk_ovf
  jmp     label1
block1:
  cmpq %rdx, %r8
  movq %rdx, %rcx
  jnb     label4; j label2
block2:
  movq (%rsi, %r8, 8), %rax
  jmp     label3
block3:
  movq %rbp, %rsp
  popq %rbp
  retq
block4:
  movq %r8, %rdx
  uninit  %rsi
  xorq %rsi, %rsi
  movq %rsi, %rdi
  call    User(deferc.deferc_panic_bounds)
  ud2

