// mimalloc, the process's allocator: linking it (before libc) makes its malloc and free the ones
// every library binds to. Only its options are called by name (ProcessMemory).
#include <mimalloc.h>
