//! The one table of runtime entry points: name, signature (C calling convention) and, for the
//! JIT, the address inside the linked-in runtime crate. The AOT object imports the same names
//! and the system linker resolves them against the runtime staticlib.

use cranelift_codegen::ir::{self, types, AbiParam, ArgumentPurpose};
use cranelift_codegen::isa::CallConv;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum A {
    /// A machine word (pointer, int, length).
    W,
    /// A byte (bool).
    B,
    /// A 32-bit integer (rune).
    R,
    F,
    /// Hidden pointer to a result struct larger than two words (the C ABI's sret).
    Sret,
}

macro_rules! runtime_table {
    ($( $id:ident = $sym:ident ( $($p:ident),* ) -> ( $($r:ident),* ) ; )*) => {
        /// A runtime entry point.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(non_camel_case_types)]
        pub enum Rt { $($id),* }

        pub const ALL: &[Rt] = &[$(Rt::$id),*];

        impl Rt {
            pub fn symbol(self) -> &'static str {
                match self { $(Rt::$id => stringify!($sym)),* }
            }
            pub fn params(self) -> &'static [A] {
                match self { $(Rt::$id => &[$(A::$p),*]),* }
            }
            pub fn results(self) -> &'static [A] {
                match self { $(Rt::$id => &[$(A::$r),*]),* }
            }
            /// The entry point's address in this process (for the JIT).
            pub fn addr(self) -> *const u8 {
                match self { $(Rt::$id => deferc_runtime::$sym as *const u8),* }
            }
        }
    };
}

runtime_table! {
    Alloc = deferc_alloc(W, W) -> (W);
    PrintLock = deferc_printlock() -> ();
    PrintUnlock = deferc_printunlock() -> ();
    PrintBool = deferc_printbool(B) -> ();
    PrintInt = deferc_printint(W) -> ();
    PrintUint = deferc_printuint(W) -> ();
    PrintFloat = deferc_printfloat(F) -> ();
    PrintComplex = deferc_printcomplex(F, F) -> ();
    PrintString = deferc_printstring(W, W) -> ();
    PrintPointer = deferc_printpointer(W) -> ();
    PrintSp = deferc_printsp() -> ();
    PrintNl = deferc_printnl() -> ();
    PrintEface = deferc_printeface(W, W) -> ();
    PrintSlice = deferc_printslice(W, W, W) -> ();
    // fmt's Print family (compiler/golib/fmt declares them without bodies).
    FmtFprint = deferc_fmt_fprint(W, W, W, W) -> (W);
    FmtFprintln = deferc_fmt_fprintln(W, W, W, W) -> (W);
    FmtFprintf = deferc_fmt_fprintf(W, W, W, W, W, W) -> (W);
    FmtSprint = deferc_fmt_Sprint(W, W, W) -> (W, W);
    FmtSprintln = deferc_fmt_Sprintln(W, W, W) -> (W, W);
    FmtSprintf = deferc_fmt_Sprintf(W, W, W, W, W) -> (W, W);
    SetMethodTrampoline = deferc_set_method_trampoline(W) -> ();
    ConcatString2 = deferc_concatstring2(W, W, W, W) -> (W, W);
    CmpString = deferc_cmpstring(W, W, W, W) -> (W);
    EqString = deferc_eqstring(W, W, W, W) -> (B);
    IntString = deferc_intstring(W) -> (W, W);
    DecodeRune = deferc_decoderune(W, W, W) -> (W, W);
    StringToSliceByte = deferc_stringtoslicebyte(Sret, W, W) -> ();
    SliceByteToString = deferc_slicebytetostring(W, W) -> (W, W);
    StringToSliceRune = deferc_stringtoslicerune(Sret, W, W) -> ();
    SliceRuneToString = deferc_slicerunetostring(W, W) -> (W, W);
    OsArgs = deferc_os_args(Sret) -> ();
    OsExit = deferc_os_exit(W) -> ();
    NumCpu = deferc_runtime_NumCPU() -> (W);
    Nanotime = deferc_nanotime() -> (W);
    Walltime = deferc_walltime() -> (W);
    Deferproc = deferc_deferproc(W, W, W) -> (W);
    Defernew = deferc_defernew(W) -> (W);
    Deferreturn = deferc_deferreturn(W) -> (W, W);
    Gopanic = deferc_gopanic(W, W) -> ();
    Gorepanic = deferc_gorepanic() -> ();
    Goexit = deferc_goexit() -> ();
    PanicBounds = deferc_panic_bounds(W, W, W) -> ();
    PanicDivide = deferc_panic_divide() -> ();
    PanicMem = deferc_panic_mem() -> ();
    PanicShift = deferc_panic_shift() -> ();
    PanicTypeAssert = deferc_panic_typeassert(W, W, W) -> ();
    PanicMakeslice = deferc_panic_makeslice(W) -> ();
    GrowSlice = deferc_growslice(W, W, W, W, W, W) -> (W, W);
    PanicNilMap = deferc_panic_nilmap() -> ();
    PanicUncomparable = deferc_panic_uncomparable(W, W, W) -> ();
    PanicUnhashable = deferc_panic_unhashable(W) -> ();
    MapKeyUnhashable = deferc_mapkeyunhashable(W, W) -> (W);
    MakeMap = deferc_makemap(W, W) -> (W);
    MapLen = deferc_maplen(W) -> (W);
    MapAccess1 = deferc_mapaccess1(W, W, W) -> (W);
    MapAccess2 = deferc_mapaccess2(W, W, W) -> (W, W);
    MapAssign = deferc_mapassign(W, W, W) -> (W);
    MapDelete = deferc_mapdelete(W, W, W) -> ();
    MapIterInit = deferc_mapiterinit(W, W, W) -> ();
    MapIterNext = deferc_mapiternext(W) -> ();
    PanicEnter = deferc_panic_enter(W) -> ();
    PanicDeferDone = deferc_panic_defer_done(W) -> (B);
    Gorecover = deferc_gorecover_at(W) -> (W, W);
    Fatalpanic = deferc_fatalpanic() -> ();
    PanicCatch = deferc_panic_catch() -> (W, W);
    // Goroutines and channels (runtime/src/sched.rs, chan.rs).
    SetGoTrampoline = deferc_set_go_trampoline(W) -> ();
    NewProc = deferc_newproc(W, W) -> ();
    GoexitTop = deferc_goexit_top() -> (B);
    MakeChan = deferc_makechan(W, W) -> (W);
    ChanSend = deferc_chansend(W, W) -> (W);
    ChanRecv = deferc_chanrecv(W, W) -> (B);
    CloseChan = deferc_closechan(W) -> (W);
    ChanLen = deferc_chanlen(W) -> (W);
    ChanCap = deferc_chancap(W) -> (W);
    SelectGo = deferc_selectgo(W, W, W, B) -> (W, W);
    Block = deferc_block() -> ();
    Semacquire = deferc_semacquire(W) -> ();
    Semrelease = deferc_semrelease(W) -> ();
    Throw = deferc_throw(W, W) -> ();
    Sleep = deferc_sleep(W) -> ();
    Gosched = deferc_gosched() -> ();
    Gc = deferc_gc() -> ();
    NumGoroutine = deferc_numgoroutine() -> (W);
    ReadMemStats = deferc_runtime_readMemStats(W) -> ();
    SetFinalizer = deferc_runtime_setFinalizer(W, W, W, W) -> (W);
    FinErr = deferc_runtime_finerr() -> (W, W);
    FinNext = deferc_runtime_finnext(W) -> (W);
    FinFn = deferc_runtime_finfn() -> (W);
    FinPtr = deferc_runtime_finptr() -> (W);
    FinIface = deferc_runtime_finiface() -> (W, W);
    KeepAlive = deferc_runtime_KeepAlive(W, W) -> ();
    LogCaller = deferc_log_caller(W, W, W) -> (W);
    SetGcPercent = deferc_debug_setGCPercent(W) -> (W);
    FreeOsMemory = deferc_debug_freeOSMemory() -> ();
    SetRuntimeErrorTypes = deferc_set_runtime_error_types(W, W, W) -> ();
    IfaceEq = deferc_ifaceeq(W, W, W, W) -> (B);
    Implements = deferc_implements(W, W) -> (B);
    // Package strings (runtime/src/pkg_strings.rs); check::lib::PKG_FUNCS gives their Go types.
    StringsContains = deferc_strings_Contains(W, W, W, W) -> (B);
    StringsContainsAny = deferc_strings_ContainsAny(W, W, W, W) -> (B);
    StringsContainsRune = deferc_strings_ContainsRune(W, W, R) -> (B);
    StringsHasPrefix = deferc_strings_HasPrefix(W, W, W, W) -> (B);
    StringsHasSuffix = deferc_strings_HasSuffix(W, W, W, W) -> (B);
    StringsEqualFold = deferc_strings_EqualFold(W, W, W, W) -> (B);
    StringsIndex = deferc_strings_Index(W, W, W, W) -> (W);
    StringsIndexAny = deferc_strings_IndexAny(W, W, W, W) -> (W);
    StringsIndexByte = deferc_strings_IndexByte(W, W, B) -> (W);
    StringsIndexRune = deferc_strings_IndexRune(W, W, R) -> (W);
    StringsLastIndex = deferc_strings_LastIndex(W, W, W, W) -> (W);
    StringsCount = deferc_strings_Count(W, W, W, W) -> (W);
    StringsCompare = deferc_strings_Compare(W, W, W, W) -> (W);
    StringsJoin = deferc_strings_Join(W, W, W, W, W) -> (W, W);
    // These take their result slot as an explicit first pointer (not the C sret register,
    // which differs on aarch64: x8 instead of x0).
    StringsSplit = deferc_strings_Split(W, W, W, W, W) -> ();
    StringsSplitN = deferc_strings_SplitN(W, W, W, W, W, W) -> ();
    StringsFields = deferc_strings_Fields(W, W, W) -> ();
    StringsReplace = deferc_strings_Replace(W, W, W, W, W, W, W) -> (W, W);
    StringsReplaceAll = deferc_strings_ReplaceAll(W, W, W, W, W, W) -> (W, W);
    StringsToUpper = deferc_strings_ToUpper(W, W) -> (W, W);
    StringsToLower = deferc_strings_ToLower(W, W) -> (W, W);
    StringsTrimSpace = deferc_strings_TrimSpace(W, W) -> (W, W);
    StringsTrim = deferc_strings_Trim(W, W, W, W) -> (W, W);
    StringsTrimLeft = deferc_strings_TrimLeft(W, W, W, W) -> (W, W);
    StringsTrimRight = deferc_strings_TrimRight(W, W, W, W) -> (W, W);
    StringsTrimPrefix = deferc_strings_TrimPrefix(W, W, W, W) -> (W, W);
    StringsTrimSuffix = deferc_strings_TrimSuffix(W, W, W, W) -> (W, W);
    StrconvItoa = deferc_strconv_Itoa(W) -> (W, W);
    StrconvQuote = deferc_strconv_Quote(W, W) -> (W, W);
    StrconvQuoteRune = deferc_strconv_QuoteRune(R) -> (W, W);
    StrconvFormatBool = deferc_strconv_FormatBool(B) -> (W, W);
    Utf8RuneLen = deferc_utf8_RuneLen(R) -> (W);
    Utf8RuneCountInString = deferc_utf8_RuneCountInString(W, W) -> (W);
    Utf8ValidString = deferc_utf8_ValidString(W, W) -> (B);
    Utf8ValidRune = deferc_utf8_ValidRune(R) -> (B);
    MathSqrt = deferc_math_Sqrt(F) -> (F);
    MathAbs = deferc_math_Abs(F) -> (F);
    MathPow = deferc_math_Pow(F, F) -> (F);
    MathExp = deferc_math_Exp(F) -> (F);
    MathLog = deferc_math_Log(F) -> (F);
    MathLog2 = deferc_math_Log2(F) -> (F);
    MathLog10 = deferc_math_Log10(F) -> (F);
    MathSin = deferc_math_Sin(F) -> (F);
    MathCos = deferc_math_Cos(F) -> (F);
    MathTan = deferc_math_Tan(F) -> (F);
    MathMod = deferc_math_Mod(F, F) -> (F);
    MathHypot = deferc_math_Hypot(F, F) -> (F);
    MathCbrt = deferc_math_Cbrt(F) -> (F);
    MathTrunc = deferc_math_Trunc(F) -> (F);
    MathFloor = deferc_math_Floor(F) -> (F);
    MathCeil = deferc_math_Ceil(F) -> (F);
    MathRound = deferc_math_Round(F) -> (F);
    MathRoundToEven = deferc_math_RoundToEven(F) -> (F);
    MathInf = deferc_math_Inf(W) -> (F);
    MathNaN = deferc_math_NaN() -> (F);
    MathIsNaN = deferc_math_IsNaN(F) -> (B);
    MathIsInf = deferc_math_IsInf(F, W) -> (B);
    MathFMA = deferc_math_FMA(F, F, F) -> (F);
    // Go's runtime/complex.go (runtime/src/complex.rs).
    Complex128Div = deferc_complex128div(F, F, F, F) -> (F, F);
    FindMethod = deferc_find_method(W, W, W) -> (W);
    // Library functions written in Go without a body (check::golib): Go's machine values in,
    // at most two out.
    SortSliceLen = deferc_sort_sliceLen(W, W) -> (W);
    SortSliceKind = deferc_sort_sliceKind(W, W) -> (W, W);
    SortSliceSwap = deferc_sort_sliceSwap(W, W, W, W) -> ();
    ErrorsComparable = deferc_errors_comparable(W, W) -> (B);
    BinaryDataSize = deferc_binary_dataSize(W, W, B) -> (W);
    BinaryWalk = deferc_binary_walk(W, W, W, W, W, W) -> (W);
    LogLocalOffset = deferc_log_localOffset(W) -> (W);
    TestingRedirectStdout = deferc_testing_redirectStdout() -> (W, W);
    TestingRestoreStdout = deferc_testing_restoreStdout(W, W) -> (W);
    TestingFuncEntry = deferc_testing_funcEntry(W) -> (W);
    FlagNewZero = deferc_flag_newZero(W, W) -> (W, W);
    FlagTextVarInit = deferc_flag_textVarInit(W, W, W, W) -> (W);
    ErrorsAsTarget = deferc_errors_asTarget(W, W) -> (W);
    ErrorsAsAssign = deferc_errors_asAssign(W, W, W, W) -> (B);
    FmtSetFormatter = deferc_fmt_setFormatter(W) -> (B);
    FmtErrorf = deferc_fmt_errorf(W, W, W, W, W, W) -> (W, W);
    FmtAppendPrint = deferc_fmt_appendPrint(W, W, W, W) -> ();
    FmtAppendPrintln = deferc_fmt_appendPrintln(W, W, W, W) -> ();
    FmtAppendPrintf = deferc_fmt_appendPrintf(W, W, W, W, W, W) -> ();
    FmtElemKind = deferc_fmt_elemKind(W, W) -> (W);
    FmtRetype = deferc_fmt_retype(W, W, W, W) -> (W, W);
    FmtLdexp = deferc_fmt_ldexp(F, W) -> (F);
    OsSysOpen = deferc_os_sysOpen(W, W, W, W) -> (W, W);
    OsSysRead = deferc_os_sysRead(W, W, W, W) -> (W, W);
    OsSysWrite = deferc_os_sysWrite(W, W, W, W) -> (W, W);
    OsSysWriteString = deferc_os_sysWriteString(W, W, W) -> (W, W);
    OsSysSeek = deferc_os_sysSeek(W, W, W) -> (W, W);
    OsSysClose = deferc_os_sysClose(W) -> (W);
    OsSysFsync = deferc_os_sysFsync(W) -> (W);
    OsSysStat = deferc_os_sysStat(W, W, W, B, W) -> (W);
    OsSysUnlink = deferc_os_sysUnlink(W, W) -> (W);
    OsSysRmdir = deferc_os_sysRmdir(W, W) -> (W);
    OsSysMkdir = deferc_os_sysMkdir(W, W, W) -> (W);
    OsSysRemoveAll = deferc_os_sysRemoveAll(W, W) -> (W);
    OsFastrand = deferc_os_fastrand() -> (W);
    OsSysReadDirent = deferc_os_sysReadDirent(W, W, W, W) -> (W, W);
    OsSysRename = deferc_os_sysRename(W, W, W, W) -> (W);
    OsSysLink = deferc_os_sysLink(W, W, W, W) -> (W);
    OsSysSymlink = deferc_os_sysSymlink(W, W, W, W) -> (W);
    OsSysReadlink = deferc_os_sysReadlink(W, W, W, W, W) -> (W, W);
    OsSysChmod = deferc_os_sysChmod(W, W, W, W) -> (W);
    OsSysChown = deferc_os_sysChown(W, W, W, W, W, B) -> (W);
    OsSysTruncate = deferc_os_sysTruncate(W, W, W, W) -> (W);
    OsSysChtimes = deferc_os_sysChtimes(W, W, W, W) -> (W);
    OsSysChdir = deferc_os_sysChdir(W, W, W) -> (W);
    OsSysGetwd = deferc_os_sysGetwd(W, W, W) -> (W, W);
    OsSysHostname = deferc_os_sysHostname(W, W, W) -> (W, W);
    // Package syscall (runtime/src/pkg_syscall.rs).
    SyscallGetenv = deferc_syscall_getenv(W, W, W) -> (W, W);
    SyscallSetenv = deferc_syscall_setenv(W, W, W, W) -> (W);
    SyscallUnsetenv = deferc_syscall_unsetenv(W, W) -> (W);
    SyscallClearenv = deferc_syscall_clearenv() -> ();
    SyscallEnvCount = deferc_syscall_envCount() -> (W);
    SyscallEnvAt = deferc_syscall_envAt(W) -> (W, W);
    SyscallGetid = deferc_syscall_getid(W) -> (W);
    SyscallErrstr = deferc_syscall_errstr(W) -> (W, W);
    StringsBytesString = deferc_strings_bytesString(W, W, W) -> (W, W);
    StrconvParseInt = deferc_strconv_parseInt(W, W, W, W, W) -> (W);
    StrconvParseUint = deferc_strconv_parseUint(W, W, W, W, W) -> (W);
    StrconvAtoi = deferc_strconv_atoi(W, W, W) -> (W);
    StrconvParseFloat = deferc_strconv_parseFloat(W, W, W, W) -> (F);
    StrconvFormatFloat = deferc_strconv_formatFloat(F, B, W, W) -> (W, W);
    StrconvUnquote = deferc_strconv_unquote(W, W, W) -> (W, W);
    StrconvQuoteToASCII = deferc_strconv_QuoteToASCII(W, W) -> (W, W);
    StrconvQuoteRuneToASCII = deferc_strconv_QuoteRuneToASCII(R) -> (W, W);
    StrconvIsPrint = deferc_strconv_IsPrint(R) -> (B);
    StrconvIsGraphic = deferc_strconv_IsGraphic(R) -> (B);
    StrconvCanBackquote = deferc_strconv_CanBackquote(W, W) -> (B);
    StrconvQuotedPrefix = deferc_strconv_quotedPrefix(W, W) -> (W);
    StrconvUnquoteChar = deferc_strconv_unquoteChar(W, W, B, W) -> (R);
    // Package unicode (runtime/src/pkg_unicode).
    UnicodeIsLetter = deferc_unicode_IsLetter(R) -> (B);
    UnicodeIsDigit = deferc_unicode_IsDigit(R) -> (B);
    UnicodeIsNumber = deferc_unicode_IsNumber(R) -> (B);
    UnicodeIsUpper = deferc_unicode_IsUpper(R) -> (B);
    UnicodeIsLower = deferc_unicode_IsLower(R) -> (B);
    UnicodeIsTitle = deferc_unicode_IsTitle(R) -> (B);
    UnicodeIsPunct = deferc_unicode_IsPunct(R) -> (B);
    UnicodeIsMark = deferc_unicode_IsMark(R) -> (B);
    UnicodeIsSymbol = deferc_unicode_IsSymbol(R) -> (B);
    UnicodeIsControl = deferc_unicode_IsControl(R) -> (B);
    UnicodeIsSpace = deferc_unicode_IsSpace(R) -> (B);
    UnicodeIsPrint = deferc_unicode_IsPrint(R) -> (B);
    UnicodeIsGraphic = deferc_unicode_IsGraphic(R) -> (B);
    UnicodeTo = deferc_unicode_To(W, R) -> (R);
    UnicodeToUpper = deferc_unicode_ToUpper(R) -> (R);
    UnicodeToLower = deferc_unicode_ToLower(R) -> (R);
    UnicodeToTitle = deferc_unicode_ToTitle(R) -> (R);
    UnicodeSimpleFold = deferc_unicode_SimpleFold(R) -> (R);
    UnicodeIsIn = deferc_unicode_isIn(W, W, W, W, W, W, R) -> (W);
    UnicodeFillTable = deferc_unicode_fillTable(W, W) -> ();
    UnicodeMapKey = deferc_unicode_mapKey(W) -> (W, W);
    UnicodeMapTable = deferc_unicode_mapTable(W) -> (W);
    UnicodeLoadCaseRanges = deferc_unicode_loadCaseRanges(W, B) -> ();
    // math/bits (runtime/src/pkg_bits.rs).
    BitsDiv64 = deferc_bits_div64(W, W, W) -> (W, W);
    BitsOverflowError = deferc_bits_overflowError() -> (W, W);
    // math/rand's tables (runtime/src/pkg_rand_tables.rs, generated).
    RandTables = deferc_rand_randTables() -> (W);
    // os/exec (runtime/src/pkg_exec.rs).
    ExecSpawn = deferc_exec_spawn(W) -> ();
    // reflect (runtime/src/pkg_reflect.rs).
    ReflectMemmove = deferc_reflect_memmove(W, W, W) -> ();
    ReflectMapaccess = deferc_reflect_mapaccess(W, W, W) -> (W);
}

/// Body-less functions of the Go-written library (check::golib) whose runtime entry is not
/// named `deferc_<pkg>_<name>`: the scheduler's entries, which capture their Go caller's frame
/// (arch/*.rs shims) and so must be called from compiled code directly, and entries one
/// package shares with another.
pub fn intrinsic_alias(symbol: &str) -> Option<Rt> {
    Some(match symbol {
        "deferc_sync_semacquire" => Rt::Semacquire,
        "deferc_sync_semrelease" => Rt::Semrelease,
        "deferc_sync_fatal" => Rt::Throw,
        "deferc_time_sleep" => Rt::Sleep,
        "deferc_os_Exit" => Rt::OsExit,
        "deferc_time_walltime" | "deferc_log_walltime" => Rt::Walltime,
        "deferc_time_nanotime" | "deferc_testing_nanotime" => Rt::Nanotime,
        "deferc_testing_caller" => Rt::LogCaller,
        "deferc_runtime_Gosched" | "deferc_atomic_gosched" => Rt::Gosched,
        "deferc_runtime_gc" => Rt::Gc,
        "deferc_runtime_NumGoroutine" => Rt::NumGoroutine,
        "deferc_runtime_semacquire" => Rt::Semacquire,
        "deferc_runtime_fatal" => Rt::Throw,
        "deferc_runtime_finfn1" | "deferc_runtime_finfn2" => Rt::FinFn,
        // syscall's open/read/close are package os's system calls.
        "deferc_syscall_open" => Rt::OsSysOpen,
        "deferc_syscall_read" => Rt::OsSysRead,
        "deferc_syscall_closeFd" => Rt::OsSysClose,
        // Package bytes searches string views of its slices with package strings' entries.
        "deferc_bytes_bytesString" => Rt::StringsBytesString,
        "deferc_bytes_indexString" => Rt::StringsIndex,
        "deferc_bytes_lastIndexString" => Rt::StringsLastIndex,
        "deferc_bytes_indexByteString" => Rt::StringsIndexByte,
        "deferc_bytes_indexRuneString" => Rt::StringsIndexRune,
        "deferc_bytes_indexAnyString" => Rt::StringsIndexAny,
        "deferc_bytes_countString" => Rt::StringsCount,
        "deferc_bytes_equalFoldString" => Rt::StringsEqualFold,
        // ... and maps and trims runes with package unicode's.
        "deferc_bytes_toUpperRune" => Rt::UnicodeToUpper,
        "deferc_bytes_toLowerRune" => Rt::UnicodeToLower,
        "deferc_bytes_isSpaceRune" => Rt::UnicodeIsSpace,
        // reflect works on values with the entries compiled code uses.
        "deferc_reflect_alloc" => Rt::Alloc,
        "deferc_reflect_makemap" => Rt::MakeMap,
        "deferc_reflect_maplen" => Rt::MapLen,
        "deferc_reflect_mapassign" => Rt::MapAssign,
        "deferc_reflect_mapdelete" => Rt::MapDelete,
        "deferc_reflect_mapiterinit" => Rt::MapIterInit,
        "deferc_reflect_mapiternext" => Rt::MapIterNext,
        "deferc_reflect_mapkeyunhashable" => Rt::MapKeyUnhashable,
        "deferc_reflect_chanlen" => Rt::ChanLen,
        "deferc_reflect_chancap" => Rt::ChanCap,
        "deferc_reflect_implements" => Rt::Implements,
        _ => return None,
    })
}

/// Body-less library functions compiled to one Cranelift instruction instead of a runtime
/// call (Go's compiler intrinsifies the same functions): math's bit views of floats and
/// math/bits' counting and reversing primitives. The operand is the function's one argument;
/// a count result is widened to the declared result type (int).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Reinterpret the bits (math.Float64bits, Float64frombits, Float32bits, Float32frombits).
    Bitcast,
    /// Leading zero bits (math/bits' clz64, clz32).
    Clz,
    /// Trailing zero bits (ctz64, ctz32).
    Ctz,
    /// Set bits (pop64, pop32).
    Popcnt,
    /// Bits reversed (rev64, rev32).
    Bitrev,
    /// Bytes reversed (bswap64, bswap32).
    Bswap,
}

/// The inline intrinsic a body-less library function is, if it is one.
pub fn inline_intrinsic(symbol: &str) -> Option<Inline> {
    use Inline::*;
    Some(match symbol {
        "deferc_math_Float64bits"
        | "deferc_math_Float64frombits"
        | "deferc_math_Float32bits"
        | "deferc_math_Float32frombits" => Bitcast,
        "deferc_bits_clz64" | "deferc_bits_clz32" => Clz,
        "deferc_bits_ctz64" | "deferc_bits_ctz32" => Ctz,
        "deferc_bits_pop64" | "deferc_bits_pop32" => Popcnt,
        "deferc_bits_rev64" | "deferc_bits_rev32" => Bitrev,
        "deferc_bits_bswap64" | "deferc_bits_bswap32" => Bswap,
        _ => return None,
    })
}

fn abi(a: A, ptr: ir::Type) -> AbiParam {
    match a {
        A::W => AbiParam::new(ptr),
        // The C ABI as compilers implement it (clang, and rustc for the runtime) takes a bool
        // or u8 argument zero-extended to 32 bits and may test the whole register: an i8 left
        // with garbage above bit 7 (x86's setcc writes one byte) reads as true.
        A::B => AbiParam::new(types::I8).uext(),
        A::R => AbiParam::new(types::I32),
        A::F => AbiParam::new(types::F64),
        A::Sret => AbiParam::special(ptr, ArgumentPurpose::StructReturn),
    }
}

/// The C signature of a runtime entry point on the target.
pub fn signature(rt: Rt, call_conv: CallConv, ptr: ir::Type) -> ir::Signature {
    let mut sig = ir::Signature::new(call_conv);
    for &p in rt.params() {
        sig.params.push(abi(p, ptr));
    }
    for &r in rt.results() {
        sig.returns.push(abi(r, ptr));
    }
    sig
}

/// Entry points that raise a panic: generated code reaches them only through a Tail stub
/// (codegen's `stub`), so the exception edge out of the calling frame has a Tail callee and
/// every register counts as clobbered there (see docs/UNWINDING.md).
pub fn raises(rt: Rt) -> bool {
    matches!(
        rt,
        Rt::Gopanic
            | Rt::Gorepanic
            | Rt::Goexit
            | Rt::PanicBounds
            | Rt::PanicDivide
            | Rt::PanicMem
            | Rt::PanicShift
            | Rt::PanicTypeAssert
            | Rt::PanicMakeslice
            | Rt::PanicNilMap
            | Rt::PanicUncomparable
            | Rt::PanicUnhashable
    )
}

/// Entry points that never return: codegen ends the block after calling them.
pub fn never_returns(rt: Rt) -> bool {
    raises(rt) || matches!(rt, Rt::OsExit | Rt::Fatalpanic | Rt::Block | Rt::Throw)
}
