package org.parley.mail.smtp.client;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how long one block of data may take to write (RFC 5321 §4.5.3.2.5, 3 minutes): Java has
 * no write timeout on sockets, so each block arms a timer that closes the connection when the
 * peer stops reading, and the blocked write then fails. Not thread-safe.
 */
final class WatchdogOutputStream extends OutputStream {
    static final int BLOCK = 64 * 1024;

    private final OutputStream out;
    private final Closeable connection;
    private final ScheduledExecutorService timer;
    private final long timeoutNanos;

    WatchdogOutputStream(OutputStream out, Closeable connection, ScheduledExecutorService timer, Duration timeout) {
        this.out = out;
        this.connection = connection;
        this.timer = timer;
        this.timeoutNanos = timeout.toNanos();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, BLOCK);
            ScheduledFuture<?> alarm = arm();
            try {
                out.write(b, off, n);
            } finally {
                alarm.cancel(false);
            }
            off += n;
            len -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        ScheduledFuture<?> alarm = arm();
        try {
            out.flush();
        } finally {
            alarm.cancel(false);
        }
    }

    private ScheduledFuture<?> arm() {
        return timer.schedule(() -> {
            try {
                connection.close();
            } catch (IOException ignored) {
                // the blocked writer sees the failure
            }
        }, timeoutNanos, TimeUnit.NANOSECONDS);
    }
}
