package dev.problemjaxrs.it.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sockets a set of processes listens on, read from Linux's {@code /proc} alone (no {@code ss} or
 * {@code netstat} needed): the socket inodes among each process's file descriptors, looked up in
 * {@code /proc/<pid>/net/{tcp,tcp6,udp,udp6}}. TCP sockets count when in state LISTEN, UDP sockets when
 * bound and not connected (they receive from anyone).
 */
public final class Listeners {

    /** One listening socket; {@code address} is the local address it is bound to. */
    public record Listener(String protocol, InetAddress address, int port, long pid) {

        public boolean loopback() {
            return address.isLoopbackAddress();
        }

        @Override
        public String toString() {
            return protocol + " " + address.getHostAddress() + ":" + port + " (pid " + pid + ")";
        }
    }

    private static final Pattern SOCKET = Pattern.compile("socket:\\[(\\d+)]");
    private static final String TCP_LISTEN = "0A";
    private static final List<String> TABLES = List.of("tcp", "tcp6", "udp", "udp6");

    private Listeners() {
    }

    /** Whether this machine exposes what {@link #of} reads. */
    public static boolean supported() {
        return Files.isReadable(Path.of("/proc/self/net/tcp")) && Files.isDirectory(Path.of("/proc/self/fd"));
    }

    /** Every listener of the given processes; empty where {@code /proc} is missing. */
    public static List<Listener> of(Collection<ProcessHandle> processes) {
        List<Listener> listeners = new ArrayList<>();
        if (!supported()) {
            return listeners;
        }
        for (ProcessHandle process : processes) {
            Set<Long> inodes = socketInodes(process.pid());
            for (String table : TABLES) {
                listeners.addAll(read(process.pid(), table, inodes));
            }
        }
        return listeners;
    }

    public static List<Listener> nonLoopback(Collection<ProcessHandle> processes) {
        return of(processes).stream().filter(listener -> !listener.loopback()).toList();
    }

    private static Set<Long> socketInodes(long pid) {
        Set<Long> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    Matcher socket = SOCKET.matcher(Files.readSymbolicLink(fd).toString());
                    if (socket.matches()) {
                        inodes.add(Long.parseLong(socket.group(1)));
                    }
                } catch (IOException closedMeanwhile) {
                    // descriptors come and go while we look
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the descriptors of pid " + pid, e);
        }
        return inodes;
    }

    private static List<Listener> read(long pid, String table, Set<Long> inodes) {
        try {
            return parse(table, Files.readAllLines(Path.of("/proc", Long.toString(pid), "net", table)), inodes, pid);
        } catch (IOException e) {
            return List.of(); // e.g. no IPv6 in this kernel
        }
    }

    /**
     * The listeners among the lines of one table whose inode is one of {@code inodes}. Columns: sl
     * local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
     */
    static List<Listener> parse(String table, List<String> lines, Set<Long> inodes, long pid) {
        List<Listener> listeners = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length < 10 || !inodes.contains(Long.parseLong(columns[9]))) {
                continue;
            }
            String[] local = columns[1].split(":");
            String[] remote = columns[2].split(":");
            boolean listening = table.startsWith("tcp") ? columns[3].equals(TCP_LISTEN)
                    : Integer.parseInt(remote[1], 16) == 0;
            if (listening) {
                listeners.add(new Listener(table, address(local[0]), Integer.parseInt(local[1], 16), pid));
            }
        }
        return listeners;
    }

    /** The kernel prints each 32-bit word of the address in the machine's byte order. */
    static InetAddress address(String hex) {
        byte[] raw = HexFormat.of().parseHex(hex);
        ByteBuffer words = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder());
        ByteBuffer address = ByteBuffer.allocate(raw.length).order(ByteOrder.BIG_ENDIAN);
        while (words.hasRemaining()) {
            address.putInt(words.getInt());
        }
        try {
            // an IPv4-mapped IPv6 address (::ffff:127.0.0.1) comes back as the IPv4 address
            return InetAddress.getByAddress(address.array());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + hex, e);
        }
    }
}
