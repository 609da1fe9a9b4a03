; main.area
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 32 }
  str x26, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p26i }
  stp x23, x25, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p23i }
  unwind SaveReg { clobber_offset: 8, reg: p25i }
block0:
  mov x23, x4
  load_ext_name_got x0, User(deferc_curg)
  ldr x0, [x0]
  ldr x0, [x0, #96]
  mov x1, sp
  subs xzr, x1, x0
  b.lo #trap=stk_ovf
  b label1
block1:
  cbz x3, label9 ; b label2
block2:
  load_ext_name_got x25, User(.Ldata5)
  ldr x0, [x25]
  subs xzr, x0, x3
  b.eq label6 ; b label3
block3:
  ldr x0, [x25, #16]
  subs xzr, x0, x3
  mov x26, x3
  b.eq label5 ; b label4
block5:
  ldr x0, [x25, #24]
  b label7
block6:
  ldr x0, [x25, #8]
  b label7
block7:
  movz x2, #0
  mov x3, x23
  blr x0
  b label8
block8:
  ldp x23, x25, [sp], #16
  ldr x26, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block4:
  load_ext_name_got x1, User(go.string·2)
  movz x2, #4
  load_ext_name_got x3, User(deferc_find_method)
  mov x0, x26
  blr x3
  ldr x1, [x25]
  ldr x2, [x25, #8]
  str x1, [x25, #16]
  str x2, [x25, #24]
  mov x3, x26
  str x3, [x25]
  str x0, [x25, #8]
  b label7
block9:
  movz x2, #0
  bl 0
  udf #0xc11f

