package org.disputatio.database;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the data directory readable by the application's user only: directories 0700, files 0600.
 * The store holds the accounts' password hashes and every user's contributions, and the Bolt
 * password does not protect files that other local users can simply read.
 *
 * <p>Two halves. Files that already exist (an older install, a directory made by hand) are tightened
 * once at start. Files that Neo4j creates later (new store files, rotated transaction logs,
 * {@code debug.log}) are created by Neo4j and log4j with no explicit mode, so they get
 * {@code 0666 & ~umask}; the only hook that reaches all of them is the process umask, set to 077
 * before the server starts.
 */
final class OwnerOnlyFiles {

    private static final Logger log = LoggerFactory.getLogger(OwnerOnlyFiles.class);

    /** Group and other may do nothing: the bits a umask of 077 clears. */
    static final int OWNER_ONLY_UMASK = 0077;

    private static final Set<PosixFilePermission> OWNER_BITS = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    /** The C library's umask(2); mode_t is an unsigned int on Linux and fits one on macOS. */
    interface CLibrary extends Library {
        int umask(int mask);
    }

    private OwnerOnlyFiles() {}

    /** Whether {@code dir}'s file system has POSIX permissions at all (not on Windows, FAT, some mounts). */
    static boolean supported(Path dir) throws IOException {
        return !Platform.isWindows() && Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    /**
     * Sets this process's umask to 077, so every file it creates from now on, Neo4j's included, is
     * owner-only. Process-wide on purpose: Tomcat's and Vaadin's temporary files hold session data
     * too. Returns the previous umask.
     */
    static int restrictNewFiles() {
        int previous = Native.load(Platform.C_LIBRARY_NAME, CLibrary.class).umask(OWNER_ONLY_UMASK);
        if (previous != OWNER_ONLY_UMASK) {
            log.info(
                    "Files created from now on are readable by this user only (umask {} instead of {})",
                    octal(OWNER_ONLY_UMASK),
                    octal(previous));
        }
        return previous;
    }

    /**
     * Removes every group and other permission under {@code root}, {@code root} included, and logs
     * each path it changed. Owner bits stay as they are, so nothing the owner could do before is
     * lost. Symbolic links are neither changed nor followed: their targets lie outside the data.
     */
    static List<Path> tighten(Path root) throws IOException {
        List<Path> tightened = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                tightenOne(dir, tightened);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!attributes.isSymbolicLink()) {
                    tightenOne(file, tightened);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (!tightened.isEmpty()) {
            log.info("Made {} path(s) under {} readable by this user only", tightened.size(), root);
        }
        return tightened;
    }

    private static void tightenOne(Path path, List<Path> tightened) throws IOException {
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
        Set<PosixFilePermission> after = EnumSet.noneOf(PosixFilePermission.class);
        after.addAll(before);
        after.retainAll(OWNER_BITS);
        if (!after.equals(before)) {
            Files.setPosixFilePermissions(path, after);
            log.info(
                    "Tightened {} from {} to {}",
                    path,
                    PosixFilePermissions.toString(before),
                    PosixFilePermissions.toString(after));
            tightened.add(path);
        }
    }

    private static String octal(int mask) {
        return String.format("%03o", mask);
    }
}
