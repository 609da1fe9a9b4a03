; main.unlockOnExit
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 144 }
  stp x27, x28, [sp, #-16]!
  unwind SaveReg { clobber_offset: 128, reg: p27i }
  unwind SaveReg { clobber_offset: 136, reg: p28i }
  stp x25, x26, [sp, #-16]!
  unwind SaveReg { clobber_offset: 112, reg: p25i }
  unwind SaveReg { clobber_offset: 120, reg: p26i }
  stp x23, x24, [sp, #-16]!
  unwind SaveReg { clobber_offset: 96, reg: p23i }
  unwind SaveReg { clobber_offset: 104, reg: p24i }
  stp x21, x22, [sp, #-16]!
  unwind SaveReg { clobber_offset: 80, reg: p21i }
  unwind SaveReg { clobber_offset: 88, reg: p22i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 64, reg: p19i }
  unwind SaveReg { clobber_offset: 72, reg: p20i }
  stp d14, d15, [sp, #-16]!
  unwind SaveReg { clobber_offset: 48, reg: p14f }
  unwind SaveReg { clobber_offset: 56, reg: p15f }
  stp d12, d13, [sp, #-16]!
  unwind SaveReg { clobber_offset: 32, reg: p12f }
  unwind SaveReg { clobber_offset: 40, reg: p13f }
  stp d10, d11, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p10f }
  unwind SaveReg { clobber_offset: 24, reg: p11f }
  stp d8, d9, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p8f }
  unwind SaveReg { clobber_offset: 8, reg: p9f }
  sub sp, sp, #48
  unwind StackAlloc { size: 48 }
block0:
  str x3, [sp, #24]
  str x4, [sp, #32]
  load_ext_name_got x0, User(deferc_curg)
  ldr x0, [x0]
  ldr x0, [x0, #96]
  mov x1, sp
  subs xzr, x1, x0
  b.lo #trap=stk_ovf
  b label1
block1:
  movz x2, #0
  str x2, [sp]
  movz w0, #0
  strb w0, [sp, #8]
  mov x0, fp
  str x0, [sp, #40]
  ldr x3, [sp, #24]
  bl 0; b MachLabel(3); catch [default: MachLabel(2)]
block2:
  b label4
block3:
  ldr x3, [sp, #24]
  str x3, [sp, #16]
  ldrb w0, [sp, #8]
  orr w0, w0, #1
  strb w0, [sp, #8]
  ldr x4, [sp, #32]
  add x0, x4, #1
  str x0, [sp]
  b label13
block4:
  load_ext_name_got x1, User(deferc_panic_enter)
  ldr x0, [sp, #40]
  blr x1
  ldrb w0, [sp, #8]
  tbnz x0, #0, label6 ; b label5
block5:
  b label11
block6:
  and w0, w0, #254
  strb w0, [sp, #8]
  ldr x3, [sp, #16]
  movz x2, #0
  bl 0; b MachLabel(8); catch [default: MachLabel(7)]
block7:
  b label4
block8:
  load_ext_name_got x1, User(deferc_panic_defer_done)
  ldr x0, [sp, #40]
  blr x1
  ands wzr, w0, #255
  b.ne label9 ; b label10
block9:
  b label13
block10:
  b label11
block11:
  b label12
block13:
  ldrb w0, [sp, #8]
  tbnz x0, #0, label15 ; b label14
block14:
  b label18
block15:
  and w0, w0, #254
  strb w0, [sp, #8]
  ldr x3, [sp, #16]
  movz x2, #0
  bl 0; b MachLabel(17); catch [default: MachLabel(16)]
block16:
  b label4
block17:
  b label18
block18:
  ldr x2, [sp]
  add sp, sp, #48
  ldp d8, d9, [sp], #16
  ldp d10, d11, [sp], #16
  ldp d12, d13, [sp], #16
  ldp d14, d15, [sp], #16
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp x23, x24, [sp], #16
  ldp x25, x26, [sp], #16
  ldp x27, x28, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block12:
  movz x2, #0
  bl 0
  udf #0xc11f

; main.twoDefers
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 144 }
  stp x27, x28, [sp, #-16]!
  unwind SaveReg { clobber_offset: 128, reg: p27i }
  unwind SaveReg { clobber_offset: 136, reg: p28i }
  stp x25, x26, [sp, #-16]!
  unwind SaveReg { clobber_offset: 112, reg: p25i }
  unwind SaveReg { clobber_offset: 120, reg: p26i }
  stp x23, x24, [sp, #-16]!
  unwind SaveReg { clobber_offset: 96, reg: p23i }
  unwind SaveReg { clobber_offset: 104, reg: p24i }
  stp x21, x22, [sp, #-16]!
  unwind SaveReg { clobber_offset: 80, reg: p21i }
  unwind SaveReg { clobber_offset: 88, reg: p22i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 64, reg: p19i }
  unwind SaveReg { clobber_offset: 72, reg: p20i }
  stp d14, d15, [sp, #-16]!
  unwind SaveReg { clobber_offset: 48, reg: p14f }
  unwind SaveReg { clobber_offset: 56, reg: p15f }
  stp d12, d13, [sp, #-16]!
  unwind SaveReg { clobber_offset: 32, reg: p12f }
  unwind SaveReg { clobber_offset: 40, reg: p13f }
  stp d10, d11, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p10f }
  unwind SaveReg { clobber_offset: 24, reg: p11f }
  stp d8, d9, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p8f }
  unwind SaveReg { clobber_offset: 8, reg: p9f }
  sub sp, sp, #80
  unwind StackAlloc { size: 80 }
block0:
  load_ext_name_got x0, User(deferc_curg)
  ldr x0, [x0]
  ldr x0, [x0, #96]
  mov x1, sp
  subs xzr, x1, x0
  b.lo #trap=stk_ovf
  b label1
block1:
  movz x1, #0
  mov x0, sp
  str x1, [sp]
  movz w1, #0
  strb w1, [sp, #8]
  str x3, [sp, #16]
  str x3, [sp, #48]
  ldrb w1, [sp, #8]
  orr w1, w1, #1
  strb w1, [sp, #8]
  subs xzr, x4, #0
  str x4, [sp, #56]
  b.gt label3 ; b label2
block2:
  b label4
block3:
  load_ext_name_got x2, User(main.twoDefers.func1)
  add x1, sp, #24
  str x2, [sp, #24]
  str x0, [sp, #32]
  str x1, [sp, #40]
  ldrb w3, [sp, #8]
  orr w3, w3, #2
  strb w3, [sp, #8]
  b label4
block4:
  movz x2, #0
  mov x5, fp
  str x5, [sp, #64]
  ldr x3, [sp, #48]
  bl 0; b MachLabel(6); catch [default: MachLabel(5)]
block5:
  b label9
block6:
  movz x2, #0
  ldr x3, [sp, #48]
  bl 0; b MachLabel(8); catch [default: MachLabel(7)]
block7:
  b label9
block8:
  ldr x4, [sp, #56]
  str x4, [sp]
  b label25
block9:
  load_ext_name_got x11, User(deferc_panic_enter)
  ldr x0, [sp, #64]
  blr x11
  ldrb w12, [sp, #8]
  tbnz x12, #1, label11 ; b label10
block10:
  b label16
block11:
  movz w14, #253
  and w14, w12, w14
  strb w14, [sp, #8]
  ldr x2, [sp, #40]
  bl 0; b MachLabel(13); catch [default: MachLabel(12)]
block12:
  b label9
block13:
  load_ext_name_got x1, User(deferc_panic_defer_done)
  ldr x0, [sp, #64]
  blr x1
  ands wzr, w0, #255
  b.ne label14 ; b label15
block14:
  b label25
block15:
  b label16
block16:
  ldrb w0, [sp, #8]
  tbnz x0, #0, label18 ; b label17
block17:
  b label23
block18:
  and w0, w0, #254
  strb w0, [sp, #8]
  ldr x3, [sp, #16]
  movz x2, #0
  bl 0; b MachLabel(20); catch [default: MachLabel(19)]
block19:
  b label9
block20:
  load_ext_name_got x1, User(deferc_panic_defer_done)
  ldr x0, [sp, #64]
  blr x1
  ands wzr, w0, #255
  b.ne label21 ; b label22
block21:
  b label25
block22:
  b label23
block23:
  b label24
block25:
  ldrb w0, [sp, #8]
  tbnz x0, #1, label27 ; b label26
block26:
  b label30
block27:
  movz w1, #253
  and w0, w0, w1
  strb w0, [sp, #8]
  ldr x2, [sp, #40]
  bl 0; b MachLabel(29); catch [default: MachLabel(28)]
block28:
  b label9
block29:
  b label30
block30:
  ldrb w0, [sp, #8]
  tbnz x0, #0, label32 ; b label31
block31:
  b label35
block32:
  and w0, w0, #254
  strb w0, [sp, #8]
  ldr x3, [sp, #16]
  movz x2, #0
  bl 0; b MachLabel(34); catch [default: MachLabel(33)]
block33:
  b label9
block34:
  b label35
block35:
  ldr x2, [sp]
  add sp, sp, #80
  ldp d8, d9, [sp], #16
  ldp d10, d11, [sp], #16
  ldp d12, d13, [sp], #16
  ldp d14, d15, [sp], #16
  ldp x19, x20, [sp], #16
  ldp x21, x22, [sp], #16
  ldp x23, x24, [sp], #16
  ldp x25, x26, [sp], #16
  ldp x27, x28, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block24:
  movz x2, #0
  bl 0
  udf #0xc11f

