package org.disputatio.evaluation;

import java.util.Arrays;

/**
 * Sets of source numbers as sorted int arrays. {@link #TOP} stands for "every source", the start of the
 * greatest-fixpoint iteration for critical sources inside cycles.
 */
final class SourceSets {
    static final int[] EMPTY = new int[0];
    static final int[] TOP = new int[0];

    private SourceSets() {}

    static int[] intersect(int[] a, int[] b) {
        if (a == TOP) return b;
        if (b == TOP) return a;
        if (a.length == 0 || b.length == 0) return EMPTY;
        if (a == b) return a;
        int[] r = new int[Math.min(a.length, b.length)];
        int i = 0, j = 0, k = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else {
                r[k++] = a[i];
                i++;
                j++;
            }
        }
        if (k == a.length) return a;
        if (k == b.length) return b;
        return k == 0 ? EMPTY : Arrays.copyOf(r, k);
    }

    static int[] union(int[] a, int[] b) {
        if (a == TOP || b == TOP) return TOP;
        if (a.length == 0) return b;
        if (b.length == 0) return a;
        if (a == b) return a;
        int[] r = new int[a.length + b.length];
        int i = 0, j = 0, k = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) r[k++] = a[i++];
            else if (a[i] > b[j]) r[k++] = b[j++];
            else {
                r[k++] = a[i];
                i++;
                j++;
            }
        }
        while (i < a.length) r[k++] = a[i++];
        while (j < b.length) r[k++] = b[j++];
        if (k == a.length) return a;
        if (k == b.length) return b;
        return k == r.length ? r : Arrays.copyOf(r, k);
    }

    static boolean same(int[] a, int[] b) {
        if (a == b) return true;
        if (a == TOP || b == TOP) return false;
        return Arrays.equals(a, b);
    }

    /** True when {@code sub} is a subset of {@code sup}. */
    static boolean subset(int[] sub, int[] sup) {
        if (sub.length > sup.length) return false;
        int j = 0;
        for (int x : sub) {
            while (j < sup.length && sup[j] < x) j++;
            if (j == sup.length || sup[j] != x) return false;
            j++;
        }
        return true;
    }
}
