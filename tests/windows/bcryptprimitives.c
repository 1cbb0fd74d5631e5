/* Wine 8 (Debian bookworm) has no bcryptprimitives.dll, whose ProcessPrng
 * the Rust standard library imports on Windows since Rust 1.78. This shim
 * exists only so the Windows build's unit tests can run under that Wine in
 * CI; real Windows has the system DLL. It forwards to RtlGenRandom
 * (advapi32's SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
