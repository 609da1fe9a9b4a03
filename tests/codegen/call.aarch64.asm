; main.add
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
block0:
  load_ext_name_got x7, User(deferc_curg)
  ldr x7, [x7]
  ldr x7, [x7, #96]
  mov x8, sp
  subs xzr, x8, x7
  b.lo #trap=stk_ovf
  b label1
block1:
  b label2
block2:
  add x2, x3, x4
  ldp fp, lr, [sp], #16
  ret

; main.caller
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 0 }
block0:
  load_ext_name_got x9, User(deferc_curg)
  ldr x9, [x9]
  ldr x9, [x9, #96]
  mov x10, sp
  subs xzr, x10, x9
  b.lo #trap=stk_ovf
  b label1
block1:
  movz x2, #0
  movz x4, #1
  bl 0
  b label2
block2:
  add x2, x2, x2
  ldp fp, lr, [sp], #16
  ret

