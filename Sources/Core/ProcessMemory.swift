import CGLib

/// How the process's allocator hands memory back to the system.
public enum ProcessMemory {
    /// Blocks over 128 KiB get pages of their own, returned to the system when freed.
    ///
    /// glibc raises that threshold each time such a block is freed (up to 32 MiB), after which big
    /// buffers (a rendered index page, the build state, a parser's stacks) land in the heap and
    /// leave holes there that stay resident: about 25 MiB of a 10,000-persona build's peak.
    public static func returnLargeBlocksPromptly() {
        _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
    }
}
