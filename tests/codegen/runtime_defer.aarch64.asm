; main.deferInLoop
  stp fp, lr, [sp, #-16]!
  unwind PushFrameRegs { offset_upward_to_caller_sp: 16 }
  mov fp, sp
  unwind DefineNewFrame { offset_upward_to_caller_sp: 16, offset_downward_to_clobbers: 32 }
  str x21, [sp, #-16]!
  unwind SaveReg { clobber_offset: 16, reg: p21i }
  stp x19, x20, [sp, #-16]!
  unwind SaveReg { clobber_offset: 0, reg: p19i }
  unwind SaveReg { clobber_offset: 8, reg: p20i }
  sub sp, sp, #16
  unwind StackAlloc { size: 16 }
block0:
  load_ext_name_got x0, User(deferc_curg)
  ldr x0, [x0]
  ldr x0, [x0, #96]
  mov x1, sp
  subs xzr, x1, x0
  b.lo #trap=stk_ovf
  b label1
block1:
  movz x21, #0
  mov x19, x3
  b label2
block2:
  subs xzr, x21, x19
  b.lt label16 ; b label3
block3:
  b label4
block4:
  load_ext_name_got x19, User(deferc_curg)
  mov x20, fp
  b label5
block5:
  ldr x1, [x19]
  ldr x0, [x1, #8]
  cbnz x0, label7 ; b label6
block6:
  b label9
block7:
  ldr x2, [x0, #8]
  subs xzr, x2, x20
  b.eq label10 ; b label8
block8:
  b label9
block9:
  add sp, sp, #16
  ldp x19, x20, [sp], #16
  ldr x21, [sp], #16
  ldp fp, lr, [sp], #16
  ret
block10:
  ldr x2, [x0]
  str x2, [x1, #8]
  ldr x2, [x0, #24]
  subs xzr, x2, #4
  b.lo label12 ; b label11
block11:
  b label13
block12:
  add x1, x1, x2, LSL 3
  ldr x2, [x1, #16]
  str x2, [x0]
  str x0, [x1, #16]
  b label13
block13:
  ldr x1, [x0, #16]
  emit_island 40
  subs wzr, w1, #1
  mov x2, #1 ; csel x2, x1, x2, lo ; csdb ; adr x3, pc+16 ; ldrsw x2, [x3, x2, uxtw #2] ; add x3, x3, x2 ; br x3 ; jt_entries [MachLabel(15)] ; default label14
block14:
  b label5
block15:
  ldr x21, [x0, #32]
  str x21, [sp]
  load_ext_name_got x0, User(deferc_printlock)
  blr x0
  load_ext_name_got x1, User(deferc_printint)
  mov x0, x21
  blr x1
  load_ext_name_got x0, User(deferc_printnl)
  blr x0
  load_ext_name_got x1, User(deferc_printunlock)
  blr x1
  b label5
block16:
  load_ext_name_got x20, User(deferc_curg)
  ldr x3, [x20]
  ldr x0, [x3, #16]
  cbnz x0, label18 ; b label17
block18:
  ldr x5, [x0]
  str x5, [x3, #16]
  b label19
block19:
  mov x7, fp
  str x7, [x0, #8]
  movz x8, #0
  str x8, [x0, #16]
  ldr x9, [x20]
  ldr x10, [x9, #8]
  str x10, [x0]
  str x0, [x9, #8]
  str x21, [x0, #32]
  b label20
block20:
  add x21, x21, #1
  b label2
block17:
  movz x0, #0
  load_ext_name_got x4, User(deferc_defernew)
  blr x4
  b label19

