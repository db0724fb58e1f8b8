package org.disputatio.shell.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code disputatio.api.max-body-size} under /api with 413: at once
 * when Content-Length says so, so nothing of the body is read; and, for a body without a length
 * (chunked), as soon as reading passes the limit, so the server never holds more than the limit.
 * {@code POST /api/maps}, which makes a map from a whole text or file, has a larger limit of its own, and
 * {@code POST /api/maps/import}, which reads another tool's whole map file (issue 14), another.
 */
class ApiBodyLimit extends OncePerRequestFilter {

    private final long defaultLimit;
    private final long importLimit;
    private final long interchangeLimit;

    ApiBodyLimit(long limit, long importLimit, long interchangeLimit) {
        this.defaultLimit = limit;
        this.importLimit = importLimit;
        this.interchangeLimit = interchangeLimit;
    }

    private long limit(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"POST".equals(request.getMethod())) {
            return defaultLimit;
        }
        if (path.equals("/api/maps/import") || path.equals("/api/maps/import/")) {
            return interchangeLimit;
        }
        return path.equals("/api/maps") || path.equals("/api/maps/") ? importLimit : defaultLimit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // ---- backup14: a restore streams a whole backup and applies disputatio.backup.max-restore-size itself.
        if ("POST".equals(request.getMethod()) && path.equals("/api/restore")) return true;
        // ---- end backup14
        return !(path.equals("/api") || path.startsWith("/api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limit(request);
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            // Tomcat would otherwise try to read and discard the whole body to keep the connection.
            response.setHeader("Connection", "close");
            response.getWriter().write(ProblemJson.body(413, tooLarge(limit)));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    static String tooLarge(long limit) {
        return "The request body is larger than the limit of " + limit + " bytes.";
    }

    /** The request with its body counted as it is read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
