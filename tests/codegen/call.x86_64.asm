; main.add
  pushq %rbp
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  movq %rsp, %rbp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
block0:
  load_ext_name deferc_curg+0, %rdi
  movq (%rdi), %rdi
  movq    %rsp, %r8
  cmpq 0x60(%rdi), %r8
  jb #trap=stk_ovf
  jmp     label1
block1:
  jmp     label2
block2:
  leaq (%rsi, %rdx), %rax
  movq %rbp, %rsp
  popq %rbp
  retq

; main.caller
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
  uninit  %rdi
  xorq %rdi, %rdi
  movl $0x1, %edx
  call    User(main.add)
  jmp     label2
block2:
  leaq (%rax, %rax), %rax
  movq %rbp, %rsp
  popq %rbp
  retq

