package org.disputatio.evaluation;

import java.util.Arrays;

/**
 * Compressed sparse rows: the neighbours of node {@code v} are {@code adj[off[v] .. off[v+1])}. Inserting or
 * removing one entry shifts the arrays in place, which is a memory move rather than a rebuild; the incremental
 * evaluation relies on that to stay within milliseconds on a million nodes.
 */
final class Adjacency {
    int[] off;
    int[] adj;

    private Adjacency(int[] off, int[] adj) {
        this.off = off;
        this.adj = adj;
    }

    /** Builds rows for {@code n} nodes from {@code m} pairs {@code from[i] -> to[i]}, keeping their order. */
    static Adjacency of(int n, int[] from, int[] to, int m) {
        int[] off = new int[n + 1];
        for (int i = 0; i < m; i++) off[from[i] + 1]++;
        for (int v = 0; v < n; v++) off[v + 1] += off[v];
        int[] adj = new int[m];
        int[] fill = Arrays.copyOf(off, n);
        for (int i = 0; i < m; i++) adj[fill[from[i]]++] = to[i];
        return new Adjacency(off, adj);
    }

    int start(int v) {
        return off[v];
    }

    int end(int v) {
        return off[v + 1];
    }

    int nodes() {
        return off.length - 1;
    }

    int size() {
        return off[off.length - 1];
    }

    boolean contains(int v, int x) {
        for (int i = off[v], e = off[v + 1]; i < e; i++) if (adj[i] == x) return true;
        return false;
    }

    Adjacency copy() {
        return new Adjacency(off.clone(), Arrays.copyOf(adj, Math.max(size() + 16, size() + size() / 8)));
    }

    /** Appends {@code x} at the end of row {@code v}. */
    void insert(int v, int x) {
        int total = size();
        if (total == adj.length) adj = Arrays.copyOf(adj, Math.max(16, total * 2));
        int at = off[v + 1];
        System.arraycopy(adj, at, adj, at + 1, total - at);
        adj[at] = x;
        for (int u = v + 1; u < off.length; u++) off[u]++;
    }

    /** Removes the first {@code x} from row {@code v}; false if it was not there. */
    boolean remove(int v, int x) {
        for (int i = off[v], e = off[v + 1]; i < e; i++) {
            if (adj[i] == x) {
                int total = size();
                System.arraycopy(adj, i + 1, adj, i, total - i - 1);
                for (int u = v + 1; u < off.length; u++) off[u]--;
                return true;
            }
        }
        return false;
    }

    /** Adds {@code k} empty rows at the end. */
    void addRows(int k) {
        int n = nodes();
        int total = size();
        off = Arrays.copyOf(off, n + 1 + k);
        Arrays.fill(off, n + 1, n + 1 + k, total);
    }
}
