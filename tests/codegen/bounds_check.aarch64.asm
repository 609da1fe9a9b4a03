; main.at
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
  subs xzr, x6, x4
  mov x5, x4
  b.hs label4 ; b label2
block2:
  ldr x2, [x3, x6, LSL #3]
  b label3
block3:
  ldp fp, lr, [sp], #16
  ret
block4:
  mov x4, x6
  movz x3, #0
  mov x2, x3
  bl 0
  udf #0xc11f

