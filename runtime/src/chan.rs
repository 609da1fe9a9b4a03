//! Channels and select (Go's chan.go and select.go with their names: hchan, sudog, waitq,
//! send, recv, closechan, selectgo).
//!
//! A channel is a `Chan` header followed by its ring buffer of `dataqsiz` elements of `elemsize`
//! bytes, in one allocation from the Go heap. Blocked senders and receivers wait in FIFO queues
//! of sudogs. An unbuffered send hands its value straight to a waiting receiver (and a receive
//! takes it straight from a waiting sender); a receive from a full buffered channel with a
//! blocked sender takes the head and moves the sender's value into the freed tail slot, so the
//! FIFO order holds. Closing wakes every waiter: receivers get the zero value and ok == false,
//! senders report "closed" and compiled code panics with "send on closed channel".
//!
//! Ownership and invariants:
//! - A sudog lives in the frame of the goroutine that waits (its chansend / chanrecv /
//!   selectgo frame, or the G's `selsudogs` vector for a select), which stays put while the
//!   goroutine is parked (stacks never move). Whoever dequeues it owns it until it has filled it
//!   in (elem copied or zeroed, `success`, the G's `param`) and readied its goroutine; after
//!   that only the waiting goroutine touches it again.
//! - A sudog's `elem` points at the waiter's value: the value to send (in the sender's frame) or
//!   the receive destination (null: the value is dropped). Nothing else holds it.
//! - A blocked select has one sudog on every non-nil case's queue. The first waker claims the
//!   select by setting the G's `selectdone`; `dequeue` passes over (and unlinks) sudogs of a
//!   claimed select, and the select unlinks the rest when it resumes.
//! - Everything runs on the one thread that runs Go code and nothing is preempted (sched.rs),
//!   so no locks: an operation that does not park is atomic with respect to other goroutines.
//! - None of these functions raise a Go panic (they return statuses; compiled code panics), so
//!   owned Rust values in their frames are fine.

use crate::goroutine::{getg, WaitReason, G};
use crate::sched::{fastrandn, gopark, goready, park_forever, put_pollorder, take_pollorder};
use crate::types::Type;

/// Go's maxAlloc on 64-bit Linux (1 << 48): a larger buffer is "makechan: size out of range".
const MAX_ALLOC: usize = 1 << 48;

/// Go's sudog: a goroutine waiting on a channel.
#[repr(C)]
pub struct Sudog {
    pub g: *mut G,
    pub next: *mut Sudog,
    pub prev: *mut Sudog,
    /// The value to send, or where a received value goes (null: discarded).
    pub elem: *mut u8,
    pub c: *mut Chan,
    /// Part of a select (which may be claimed through another case already).
    pub is_select: bool,
    /// Woken by a completed communication (false: by close).
    pub success: bool,
    /// The select case it stands for.
    pub case: usize,
}

impl Sudog {
    fn new(g: *mut G, elem: *mut u8, c: *mut Chan) -> Sudog {
        Sudog {
            g,
            next: std::ptr::null_mut(),
            prev: std::ptr::null_mut(),
            elem,
            c,
            is_select: false,
            success: false,
            case: 0,
        }
    }
}

/// A FIFO of sudogs (doubly linked through them).
#[repr(C)]
pub struct WaitQ {
    first: *mut Sudog,
    last: *mut Sudog,
}

impl WaitQ {
    unsafe fn enqueue(&mut self, sg: *mut Sudog) {
        (*sg).next = std::ptr::null_mut();
        let x = self.last;
        if x.is_null() {
            (*sg).prev = std::ptr::null_mut();
            self.first = sg;
            self.last = sg;
            return;
        }
        (*sg).prev = x;
        (*x).next = sg;
        self.last = sg;
    }

    /// The first waiter that can still be woken (null if none); sudogs of selects that another
    /// case already completed are unlinked and passed over.
    unsafe fn dequeue(&mut self) -> *mut Sudog {
        loop {
            let sg = self.first;
            if sg.is_null() {
                return sg;
            }
            let y = (*sg).next;
            if y.is_null() {
                self.first = std::ptr::null_mut();
                self.last = std::ptr::null_mut();
            } else {
                (*y).prev = std::ptr::null_mut();
                self.first = y;
                (*sg).next = std::ptr::null_mut();
            }
            if (*sg).is_select {
                let g = (*sg).g;
                if (*g).selectdone {
                    continue;
                }
                (*g).selectdone = true;
            }
            return sg;
        }
    }

    /// Unlinks `sg` if it is still queued (Go's dequeueSudoG).
    unsafe fn remove(&mut self, sg: *mut Sudog) {
        let x = (*sg).prev;
        let y = (*sg).next;
        if !x.is_null() {
            if !y.is_null() {
                (*x).next = y;
                (*y).prev = x;
                (*sg).next = std::ptr::null_mut();
                (*sg).prev = std::ptr::null_mut();
                return;
            }
            (*x).next = std::ptr::null_mut();
            self.last = x;
            (*sg).prev = std::ptr::null_mut();
            return;
        }
        if !y.is_null() {
            (*y).prev = std::ptr::null_mut();
            self.first = y;
            (*sg).next = std::ptr::null_mut();
            return;
        }
        // Neither neighbour: the only element, or already unlinked.
        if self.first == sg {
            self.first = std::ptr::null_mut();
            self.last = std::ptr::null_mut();
        }
    }
}

/// Go's hchan. `qcount` (len) is at offset 0 and `dataqsiz` (cap) at offset 8, as in Go.
#[repr(C)]
pub struct Chan {
    pub qcount: usize,
    pub dataqsiz: usize,
    /// The ring buffer (right after the header; never dereferenced when elements are empty).
    pub buf: *mut u8,
    pub elemsize: usize,
    pub elemtype: *const Type,
    pub closed: bool,
    pub sendx: usize,
    pub recvx: usize,
    pub recvq: WaitQ,
    pub sendq: WaitQ,
}

const _: () = assert!(std::mem::offset_of!(Chan, dataqsiz) == 8);

/// Copies one element (no-op for size 0).
unsafe fn copy_elem(c: *mut Chan, dst: *mut u8, src: *const u8) {
    let n = (*c).elemsize;
    if n != 0 && !dst.is_null() && !src.is_null() {
        std::ptr::copy(src, dst, n);
    }
}

unsafe fn zero_elem(c: *mut Chan, dst: *mut u8) {
    let n = (*c).elemsize;
    if n != 0 && !dst.is_null() {
        std::ptr::write_bytes(dst, 0, n);
    }
}

/// The i-th slot of the ring buffer.
unsafe fn chanbuf(c: *mut Chan, i: usize) -> *mut u8 {
    (*c).buf.add(i * (*c).elemsize)
}

/// `make(chan T, size)`: `elem` is T's descriptor (its size may be 0), `size` >= 0 (compiled
/// code checks). Null when the buffer would exceed Go's maxAlloc: compiled code then panics
/// with Go's plainError "makechan: size out of range".
///
/// # Safety
/// `elem` must be a type descriptor emitted by the compiler (or null for a zero-size element).
#[no_mangle]
pub unsafe extern "C" fn deferc_makechan(elem: *const Type, size: isize) -> *mut Chan {
    let (esize, ealign) = if elem.is_null() {
        (0, 1)
    } else {
        ((*elem).size, ((*elem).align as usize).max(1))
    };
    let hdr = std::mem::size_of::<Chan>();
    let align = ealign.max(8);
    let hdr = (hdr + align - 1) & !(align - 1);
    let size = size.max(0) as usize;
    let mem = match esize.checked_mul(size) {
        Some(m) if m <= MAX_ALLOC - hdr => m,
        _ => return std::ptr::null_mut(),
    };
    // The header's pointers are its own buffer, the element's static descriptor and wait
    // queues of records on goroutine stacks: only the buffer's elements need scanning.
    let p = if elem.is_null() {
        crate::alloc::alloc_noscan(hdr)
    } else {
        crate::mem::mallocgc_parts(
            hdr + mem,
            align.min(16),
            &[crate::mem::Part {
                off: hdr,
                typ: &*elem,
                count: size,
                stride: esize,
            }],
        )
    };
    let c = p as *mut Chan;
    c.write(Chan {
        qcount: 0,
        dataqsiz: size,
        buf: p.add(hdr),
        elemsize: esize,
        elemtype: elem,
        closed: false,
        sendx: 0,
        recvx: 0,
        recvq: WaitQ {
            first: std::ptr::null_mut(),
            last: std::ptr::null_mut(),
        },
        sendq: WaitQ {
            first: std::ptr::null_mut(),
            last: std::ptr::null_mut(),
        },
    });
    c
}

/// Go's send: hands `ep`'s value to the waiting receiver `sg` and readies it.
unsafe fn send(c: *mut Chan, sg: *mut Sudog, ep: *const u8) {
    copy_elem(c, (*sg).elem, ep);
    (*sg).elem = std::ptr::null_mut();
    let gp = (*sg).g;
    (*gp).param = sg;
    (*sg).success = true;
    goready(gp);
}

/// Go's recv: takes a value for `ep` from the waiting sender `sg` (directly, or through the
/// full buffer's head) and readies it.
unsafe fn recv(c: *mut Chan, sg: *mut Sudog, ep: *mut u8) {
    if (*c).dataqsiz == 0 {
        copy_elem(c, ep, (*sg).elem);
    } else {
        // The buffer is full: take its head, put the sender's value in the freed slot (the
        // tail, since the ring is full).
        let qp = chanbuf(c, (*c).recvx);
        copy_elem(c, ep, qp);
        copy_elem(c, qp, (*sg).elem);
        (*c).recvx += 1;
        if (*c).recvx == (*c).dataqsiz {
            (*c).recvx = 0;
        }
        (*c).sendx = (*c).recvx;
    }
    (*sg).elem = std::ptr::null_mut();
    let gp = (*sg).g;
    (*gp).param = sg;
    (*sg).success = true;
    goready(gp);
}

/// Puts `ep`'s value at the buffer's tail (there is room).
unsafe fn bufsend(c: *mut Chan, ep: *const u8) {
    copy_elem(c, chanbuf(c, (*c).sendx), ep);
    (*c).sendx += 1;
    if (*c).sendx == (*c).dataqsiz {
        (*c).sendx = 0;
    }
    (*c).qcount += 1;
}

/// Takes the buffer's head into `ep` (the buffer is not empty).
unsafe fn bufrecv(c: *mut Chan, ep: *mut u8) {
    let qp = chanbuf(c, (*c).recvx);
    copy_elem(c, ep, qp);
    zero_elem(c, qp);
    (*c).recvx += 1;
    if (*c).recvx == (*c).dataqsiz {
        (*c).recvx = 0;
    }
    (*c).qcount -= 1;
}

/// `c <- *elem` (entered through arch's `deferc_chansend` shim): 0 when delivered, 1 if the
/// channel is or becomes closed. A nil channel blocks forever.
pub(crate) unsafe extern "C" fn chansend_impl(
    c: *mut Chan,
    ep: *const u8,
    fp: usize,
    pc: usize,
) -> isize {
    if c.is_null() {
        park_forever(WaitReason::ChanSendNilChan, fp, pc);
    }
    if (*c).closed {
        return 1;
    }
    let sg = (*c).recvq.dequeue();
    if !sg.is_null() {
        send(c, sg, ep);
        return 0;
    }
    if (*c).qcount < (*c).dataqsiz {
        bufsend(c, ep);
        return 0;
    }
    let mut mysg = Sudog::new(getg(), ep as *mut u8, c);
    let sgp: *mut Sudog = &mut mysg;
    (*c).sendq.enqueue(sgp);
    gopark(WaitReason::ChanSend, fp, pc);
    // Woken by a receiver (success) or by close.
    if (*sgp).success {
        0
    } else {
        1
    }
}

/// `*out = <-c` (entered through arch's `deferc_chanrecv` shim): writes the element, or the
/// zero value when the channel is closed and drained, to `out` unless it is null, and returns
/// Go's ok. A nil channel blocks forever.
pub(crate) unsafe extern "C" fn chanrecv_impl(
    c: *mut Chan,
    ep: *mut u8,
    fp: usize,
    pc: usize,
) -> u8 {
    if c.is_null() {
        park_forever(WaitReason::ChanReceiveNilChan, fp, pc);
    }
    if (*c).closed && (*c).qcount == 0 {
        zero_elem(c, ep);
        return 0;
    }
    let sg = (*c).sendq.dequeue();
    if !sg.is_null() {
        recv(c, sg, ep);
        return 1;
    }
    if (*c).qcount > 0 {
        bufrecv(c, ep);
        return 1;
    }
    let mut mysg = Sudog::new(getg(), ep, c);
    let sgp: *mut Sudog = &mut mysg;
    (*c).recvq.enqueue(sgp);
    gopark(WaitReason::ChanReceive, fp, pc);
    // A sender filled *ep (success), or close zeroed it.
    (*sgp).success as u8
}

/// `close(c)`: 0 done, 1 nil channel, 2 already closed (compiled code raises Go's "close of nil
/// channel" / "close of closed channel"). Wakes every waiter, in Go's order.
///
/// # Safety
/// `c` must be null or a channel made by `deferc_makechan`.
#[no_mangle]
pub unsafe extern "C" fn deferc_closechan(c: *mut Chan) -> isize {
    if c.is_null() {
        return 1;
    }
    if (*c).closed {
        return 2;
    }
    (*c).closed = true;
    // Go collects the waiters on a gList (a stack) and readies them as it pops: the last one
    // dequeued is readied first.
    let mut glist: Vec<*mut G> = Vec::new();
    loop {
        let sg = (*c).recvq.dequeue();
        if sg.is_null() {
            break;
        }
        zero_elem(c, (*sg).elem);
        (*sg).elem = std::ptr::null_mut();
        let gp = (*sg).g;
        (*gp).param = sg;
        (*sg).success = false;
        glist.push(gp);
    }
    loop {
        let sg = (*c).sendq.dequeue();
        if sg.is_null() {
            break;
        }
        (*sg).elem = std::ptr::null_mut();
        let gp = (*sg).g;
        (*gp).param = sg;
        (*sg).success = false;
        glist.push(gp);
    }
    while let Some(gp) = glist.pop() {
        goready(gp);
    }
    0
}

/// `len(c)`.
///
/// # Safety
/// `c` must be null or a channel made by `deferc_makechan`.
#[no_mangle]
pub unsafe extern "C" fn deferc_chanlen(c: *const Chan) -> isize {
    if c.is_null() {
        0
    } else {
        (*c).qcount as isize
    }
}

/// `cap(c)`.
///
/// # Safety
/// `c` must be null or a channel made by `deferc_makechan`.
#[no_mangle]
pub unsafe extern "C" fn deferc_chancap(c: *const Chan) -> isize {
    if c.is_null() {
        0
    } else {
        (*c).dataqsiz as isize
    }
}

/// One case of a select: the channel (null: never ready) and the value to send or the receive
/// destination (null: the value is dropped).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SelectCase {
    pub c: *mut Chan,
    pub elem: *mut u8,
}

/// What a select did: `index` of the case that ran, or -1 (no case ready, `block` == 0: the
/// default case). `flag`: for a receive Go's ok (0/1); for a send 0, or 2 when the channel
/// was closed (compiled code raises "send on closed channel").
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelectResult {
    pub index: isize,
    pub flag: isize,
}

const SEND_CLOSED: isize = 2;

/// `select` (entered through arch's `deferc_selectgo` shim): `cases` holds `nsends` send
/// cases, then `nrecvs` receive cases. Among the ready cases one is chosen uniformly at random;
/// with none ready it returns -1 unless `block`, in which case it parks until one is.
pub(crate) unsafe extern "C" fn selectgo_impl(
    cases: *mut SelectCase,
    nsends: usize,
    nrecvs: usize,
    block: u8,
    fp: usize,
    pc: usize,
) -> SelectResult {
    let ncases = nsends + nrecvs;
    // Poll order: a random permutation of the cases with channels (Go's pollorder).
    let mut order = take_pollorder();
    order.clear();
    for i in 0..ncases {
        if (*cases.add(i)).c.is_null() {
            continue;
        }
        let j = fastrandn(order.len() as u32 + 1) as usize;
        order.push(i as u32);
        let last = order.len() - 1;
        order.swap(j, last);
    }

    // Pass 1: a case that can proceed now.
    let mut ready: Option<SelectResult> = None;
    for &i in order.iter() {
        let i = i as usize;
        let cas = *cases.add(i);
        let c = cas.c;
        if i >= nsends {
            let sg = (*c).sendq.dequeue();
            if !sg.is_null() {
                recv(c, sg, cas.elem);
                ready = Some(SelectResult {
                    index: i as isize,
                    flag: 1,
                });
            } else if (*c).qcount > 0 {
                bufrecv(c, cas.elem);
                ready = Some(SelectResult {
                    index: i as isize,
                    flag: 1,
                });
            } else if (*c).closed {
                zero_elem(c, cas.elem);
                ready = Some(SelectResult {
                    index: i as isize,
                    flag: 0,
                });
            }
        } else if (*c).closed {
            ready = Some(SelectResult {
                index: i as isize,
                flag: SEND_CLOSED,
            });
        } else {
            let sg = (*c).recvq.dequeue();
            if !sg.is_null() {
                send(c, sg, cas.elem);
                ready = Some(SelectResult {
                    index: i as isize,
                    flag: 0,
                });
            } else if (*c).qcount < (*c).dataqsiz {
                bufsend(c, cas.elem);
                ready = Some(SelectResult {
                    index: i as isize,
                    flag: 0,
                });
            }
        }
        if ready.is_some() {
            break;
        }
    }
    let n = order.len();
    put_pollorder(order);
    if let Some(r) = ready {
        return r;
    }
    if block == 0 {
        return SelectResult { index: -1, flag: 0 };
    }

    // Pass 2: wait on every case's channel.
    let g = getg();
    let mut sgs = std::mem::take(&mut (*g).selsudogs);
    sgs.clear();
    sgs.reserve(n);
    for i in 0..ncases {
        let cas = *cases.add(i);
        if cas.c.is_null() {
            continue;
        }
        let mut sg = Sudog::new(g, cas.elem, cas.c);
        sg.is_select = true;
        sg.case = i;
        sgs.push(sg);
    }
    (*g).param = std::ptr::null_mut();
    (*g).selectdone = false;
    // The vector is not resized from here on, so the sudogs stay put.
    let base = sgs.as_mut_ptr();
    for k in 0..sgs.len() {
        let sg = base.add(k);
        if (*sg).case < nsends {
            (*(*sg).c).sendq.enqueue(sg);
        } else {
            (*(*sg).c).recvq.enqueue(sg);
        }
    }
    // Only a waker (which sets param) makes the select runnable again; with no channel at all
    // that never happens.
    while (*g).param.is_null() {
        gopark(WaitReason::Select, fp, pc);
    }

    // Pass 3: the waker left its sudog in param; unlink the others.
    let won = (*g).param;
    (*g).param = std::ptr::null_mut();
    for k in 0..sgs.len() {
        let sg = base.add(k);
        if sg == won {
            continue;
        }
        if (*sg).case < nsends {
            (*(*sg).c).sendq.remove(sg);
        } else {
            (*(*sg).c).recvq.remove(sg);
        }
    }
    let (casi, success) = ((*won).case, (*won).success);
    (*g).selsudogs = sgs;
    if casi < nsends {
        SelectResult {
            index: casi as isize,
            flag: if success { 0 } else { SEND_CLOSED },
        }
    } else {
        SelectResult {
            index: casi as isize,
            flag: success as isize,
        }
    }
}

/// `select {}` (entered through arch's `deferc_block` shim): parks forever.
pub(crate) unsafe extern "C" fn block_impl(fp: usize, pc: usize) -> ! {
    park_forever(WaitReason::SelectNoCases, fp, pc)
}
