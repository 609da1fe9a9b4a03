//! Placeholders for the scheduler's entry points (goroutines and channels) while it is being
//! written on its own branch: the compiler already lowers go statements and channel
//! operations to these symbols. Each one stops the program with a message; none returns.

fn not_yet() -> ! {
    crate::os::flush_stdout();
    eprintln!("deferc: goroutines and channels are not available in this build yet");
    std::process::exit(2)
}
#[no_mangle]
pub extern "C" fn deferc_set_go_trampoline(_f: usize) {}
#[no_mangle]
pub extern "C" fn deferc_newproc(_c: usize, _a: usize) {
    not_yet()
}
#[no_mangle]
pub extern "C" fn deferc_goexit_top() -> u8 {
    not_yet()
}
#[no_mangle]
pub extern "C" fn deferc_makechan(_e: usize, _n: isize) -> usize {
    not_yet()
}
#[no_mangle]
pub extern "C" fn deferc_chansend(_c: usize, _e: usize) -> isize {
    not_yet()
}
#[no_mangle]
pub extern "C" fn deferc_chanrecv(_c: usize, _e: usize) -> u8 {
    not_yet()
}
#[no_mangle]
pub extern "C" fn deferc_closechan(_c: usize) -> isize {
    not_yet()
}
#[no_mangle]
pub extern "C" fn deferc_chanlen(_c: usize) -> isize {
    not_yet()
}
#[no_mangle]
pub extern "C" fn deferc_chancap(_c: usize) -> isize {
    not_yet()
}
#[repr(C)]
pub struct SelectResult {
    pub index: isize,
    pub flag: isize,
}
#[no_mangle]
pub extern "C" fn deferc_selectgo(_c: usize, _s: usize, _r: usize, _b: u8) -> SelectResult {
    not_yet()
}
#[no_mangle]
pub extern "C" fn deferc_block() {
    not_yet()
}
#[no_mangle]
pub extern "C" fn deferc_morestack(_sp: usize) {
    not_yet()
}
#[no_mangle]
pub extern "C" fn deferc_semacquire(_a: *mut u32) {
    not_yet()
}
#[no_mangle]
pub extern "C" fn deferc_semrelease(_a: *mut u32) {
    not_yet()
}
#[no_mangle]
pub extern "C" fn deferc_sleep(_ns: i64) {
    not_yet()
}
#[no_mangle]
pub extern "C" fn deferc_gosched() {}
#[no_mangle]
pub extern "C" fn deferc_numgoroutine() -> isize {
    1
}
