package org.aden.common.collect;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A set by identity for the world's hot lists (known lists, viewers, region contents): the elements sit in one
 * dense array, found through an open-addressing table of indexes. About 12 bytes per element instead of a
 * LinkedHashSet's 56, and iteration walks an array instead of a linked list.
 *
 * <p>The order is deterministic (it depends only on the sequence of adds and removes, never on hash codes): an
 * add appends, a remove moves the last element into the freed place. Not thread-safe; the iterator fails fast
 * and supports {@code remove()}.
 */
public final class IdentitySet<E> extends AbstractSet<E> {
    private static final Object[] NO_ITEMS = {};

    private Object[] items = NO_ITEMS;
    /** Open addressing, linear probing: 0 = empty, otherwise index into {@link #items} + 1. */
    private int[] slots;

    private int size;
    private int modCount;

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    private int home(Object o) {
        int h = System.identityHashCode(o) * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (slots.length - 1);
    }

    /** The table slot holding {@code o}, or -1. */
    private int slotOf(Object o) {
        if (size == 0) {
            return -1;
        }
        int mask = slots.length - 1;
        for (int s = home(o); ; s = (s + 1) & mask) {
            int v = slots[s];
            if (v == 0) {
                return -1;
            }
            if (items[v - 1] == o) {
                return s;
            }
        }
    }

    @Override
    public boolean contains(Object o) {
        return slotOf(o) >= 0;
    }

    @Override
    public boolean add(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        if (slotOf(e) >= 0) {
            return false;
        }
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        }
        if (slots == null || (size + 1) * 2 > slots.length) {
            rehash(Integer.highestOneBit(Math.max(4, size + 1) * 2) * 2);
        }
        items[size] = e;
        insert(e, size);
        size++;
        modCount++;
        return true;
    }

    private void insert(Object e, int index) {
        int mask = slots.length - 1;
        int s = home(e);
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = index + 1;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int i = 0; i < size; i++) {
            insert(items[i], i);
        }
    }

    @Override
    public boolean remove(Object o) {
        int s = slotOf(o);
        if (s < 0) {
            return false;
        }
        int index = slots[s] - 1;
        deleteSlot(s);
        int last = size - 1;
        if (index != last) {
            Object moved = items[last];
            slots[slotOf(moved)] = index + 1;
            items[index] = moved;
        }
        items[last] = null;
        size--;
        modCount++;
        return true;
    }

    /** Backward-shift deletion: later entries of the probe run move up so that no lookup stops early. */
    private void deleteSlot(int hole) {
        int mask = slots.length - 1;
        int j = hole;
        while (true) {
            j = (j + 1) & mask;
            int v = slots[j];
            if (v == 0) {
                break;
            }
            int k = home(items[v - 1]);
            // the entry at j may fill the hole unless its home lies cyclically in (hole, j]
            boolean stays = hole <= j ? (hole < k && k <= j) : (hole < k || k <= j);
            if (!stays) {
                slots[hole] = v;
                hole = j;
            }
        }
        slots[hole] = 0;
    }

    @Override
    public void clear() {
        if (size > 0 || items.length > 0) {
            items = NO_ITEMS;
            slots = null;
            size = 0;
            modCount++;
        }
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private int cursor;
            private int last = -1;
            private int expected = modCount;

            @Override
            public boolean hasNext() {
                return cursor < size;
            }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                if (modCount != expected) {
                    throw new ConcurrentModificationException();
                }
                if (cursor >= size) {
                    throw new NoSuchElementException();
                }
                last = cursor++;
                return (E) items[last];
            }

            @Override
            public void remove() {
                if (last < 0) {
                    throw new IllegalStateException();
                }
                if (modCount != expected) {
                    throw new ConcurrentModificationException();
                }
                IdentitySet.this.remove(items[last]);
                cursor = last; // the last element moved into the freed place: visit it next
                last = -1;
                expected = modCount;
            }
        };
    }
}
