#include "storage/ZeroPageGuardVfs.h"

#include <sqlite3.h>

#include <cstdint>
#include <cstring>

namespace medchain::storage::detail {

namespace {

constexpr int kMinPageSize = 512;
constexpr int kMaxPageSize = 65536;

struct GuardedFile {
    sqlite3_file base; // first, so SQLite's sqlite3_file* is also a GuardedFile*
    sqlite3_file *real; // the default VFS's file, stored right after this struct
    bool guarded; // the main database or its WAL
};

sqlite3_vfs *realVfs(sqlite3_vfs *vfs)
{
    return static_cast<sqlite3_vfs *>(vfs->pAppData);
}

sqlite3_file *realFile(sqlite3_file *file)
{
    return reinterpret_cast<GuardedFile *>(file)->real;
}

bool isPageSized(int amount)
{
    return amount >= kMinPageSize && amount <= kMaxPageSize && (amount & (amount - 1)) == 0;
}

bool isAllZero(const void *data, int size)
{
    const auto *bytes = static_cast<const unsigned char *>(data);
    unsigned char any = 0;
    for (int i = 0; i < size; ++i)
        any |= bytes[i];
    return any == 0;
}

int guardedRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realFile(file);
    const int rc = real->pMethods->xRead(real, buffer, amount, offset);
    if (!reinterpret_cast<GuardedFile *>(file)->guarded || !isPageSized(amount))
        return rc;
    // SQLite zero-fills a short read and carries on, and SQLCipher accepts the zeros. In a
    // consistent replica every page SQLite asks for lies wholly inside the database file or
    // the WAL, so a page that is cut short, or that is all zeros, is damage or truncation.
    if (rc == SQLITE_IOERR_SHORT_READ)
        return SQLITE_CORRUPT;
    if (rc == SQLITE_OK && isAllZero(buffer, amount))
        return SQLITE_CORRUPT;
    return rc;
}

int guardedClose(sqlite3_file *file)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xClose(real);
}

int guardedWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int guardedTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xTruncate(real, size);
}

int guardedSync(sqlite3_file *file, int flags)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xSync(real, flags);
}

int guardedFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xFileSize(real, size);
}

int guardedLock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xLock(real, level);
}

int guardedUnlock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xUnlock(real, level);
}

int guardedCheckReservedLock(sqlite3_file *file, int *result)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xCheckReservedLock(real, result);
}

int guardedFileControl(sqlite3_file *file, int op, void *argument)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xFileControl(real, op, argument);
}

int guardedSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xSectorSize(real);
}

int guardedDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

// The shared-memory methods exist only from io_methods version 2; WAL needs them.
int guardedShmMap(sqlite3_file *file, int region, int regionSize, int extend,
                  void volatile **memory)
{
    sqlite3_file *real = realFile(file);
    if (real->pMethods->iVersion < 2 || !real->pMethods->xShmMap)
        return SQLITE_IOERR_SHMMAP;
    return real->pMethods->xShmMap(real, region, regionSize, extend, memory);
}

int guardedShmLock(sqlite3_file *file, int offset, int count, int flags)
{
    sqlite3_file *real = realFile(file);
    if (real->pMethods->iVersion < 2 || !real->pMethods->xShmLock)
        return SQLITE_IOERR_SHMLOCK;
    return real->pMethods->xShmLock(real, offset, count, flags);
}

void guardedShmBarrier(sqlite3_file *file)
{
    sqlite3_file *real = realFile(file);
    if (real->pMethods->iVersion >= 2 && real->pMethods->xShmBarrier)
        real->pMethods->xShmBarrier(real);
}

int guardedShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *real = realFile(file);
    if (real->pMethods->iVersion < 2 || !real->pMethods->xShmUnmap)
        return SQLITE_OK;
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

// Version 2: no xFetch/xUnfetch, so every page goes through guardedRead (SQLCipher disables
// memory-mapped reads anyway).
const sqlite3_io_methods kGuardedMethods = {
    2,
    guardedClose,
    guardedRead,
    guardedWrite,
    guardedTruncate,
    guardedSync,
    guardedFileSize,
    guardedLock,
    guardedUnlock,
    guardedCheckReservedLock,
    guardedFileControl,
    guardedSectorSize,
    guardedDeviceCharacteristics,
    guardedShmMap,
    guardedShmLock,
    guardedShmBarrier,
    guardedShmUnmap,
    nullptr,
    nullptr,
};

int guardedOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *guardedFile = reinterpret_cast<GuardedFile *>(file);
    guardedFile->real = reinterpret_cast<sqlite3_file *>(guardedFile + 1);
    guardedFile->guarded = (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL)) != 0;
    sqlite3_vfs *real = realVfs(vfs);
    std::memset(guardedFile->real, 0, static_cast<std::size_t>(real->szOsFile));
    const int rc = real->xOpen(real, name, guardedFile->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open; mirror the real
    // file so both agree.
    guardedFile->base.pMethods = guardedFile->real->pMethods ? &kGuardedMethods : nullptr;
    return rc;
}

int guardedDelete(sqlite3_vfs *vfs, const char *name, int syncDirectory)
{
    return realVfs(vfs)->xDelete(realVfs(vfs), name, syncDirectory);
}

int guardedAccess(sqlite3_vfs *vfs, const char *name, int flags, int *result)
{
    return realVfs(vfs)->xAccess(realVfs(vfs), name, flags, result);
}

int guardedFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    return realVfs(vfs)->xFullPathname(realVfs(vfs), name, size, out);
}

void *guardedDlOpen(sqlite3_vfs *vfs, const char *fileName)
{
    return realVfs(vfs)->xDlOpen(realVfs(vfs), fileName);
}

void guardedDlError(sqlite3_vfs *vfs, int size, char *message)
{
    realVfs(vfs)->xDlError(realVfs(vfs), size, message);
}

void (*guardedDlSym(sqlite3_vfs *vfs, void *library, const char *symbol))(void)
{
    return realVfs(vfs)->xDlSym(realVfs(vfs), library, symbol);
}

void guardedDlClose(sqlite3_vfs *vfs, void *library)
{
    realVfs(vfs)->xDlClose(realVfs(vfs), library);
}

int guardedRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    return realVfs(vfs)->xRandomness(realVfs(vfs), size, out);
}

int guardedSleep(sqlite3_vfs *vfs, int microseconds)
{
    return realVfs(vfs)->xSleep(realVfs(vfs), microseconds);
}

int guardedCurrentTime(sqlite3_vfs *vfs, double *now)
{
    return realVfs(vfs)->xCurrentTime(realVfs(vfs), now);
}

int guardedGetLastError(sqlite3_vfs *vfs, int size, char *message)
{
    return realVfs(vfs)->xGetLastError(realVfs(vfs), size, message);
}

int guardedCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *now)
{
    sqlite3_vfs *real = realVfs(vfs);
    if (real->iVersion >= 2 && real->xCurrentTimeInt64)
        return real->xCurrentTimeInt64(real, now);
    double days = 0;
    const int rc = real->xCurrentTime(real, &days);
    *now = static_cast<sqlite3_int64>(days * 86400000.0);
    return rc;
}

sqlite3_vfs *registerGuardVfs()
{
    static sqlite3_vfs vfs {};
    sqlite3_vfs *real = sqlite3_vfs_find(nullptr);
    if (!real)
        return nullptr;
    vfs.iVersion = 2;
    vfs.szOsFile = static_cast<int>(sizeof(GuardedFile)) + real->szOsFile;
    vfs.mxPathname = real->mxPathname;
    vfs.zName = "medchain-zero-page-guard";
    vfs.pAppData = real;
    vfs.xOpen = guardedOpen;
    vfs.xDelete = guardedDelete;
    vfs.xAccess = guardedAccess;
    vfs.xFullPathname = guardedFullPathname;
    vfs.xDlOpen = guardedDlOpen;
    vfs.xDlError = guardedDlError;
    vfs.xDlSym = guardedDlSym;
    vfs.xDlClose = guardedDlClose;
    vfs.xRandomness = guardedRandomness;
    vfs.xSleep = guardedSleep;
    vfs.xCurrentTime = guardedCurrentTime;
    vfs.xGetLastError = guardedGetLastError;
    vfs.xCurrentTimeInt64 = guardedCurrentTimeInt64;
    if (sqlite3_vfs_register(&vfs, 0) != SQLITE_OK)
        return nullptr;
    return &vfs;
}

} // namespace

const char *zeroPageGuardVfsName()
{
    // Function-local static: registered exactly once, even with several opening threads.
    static sqlite3_vfs *const vfs = registerGuardVfs();
    return vfs ? vfs->zName : nullptr;
}

} // namespace medchain::storage::detail
