package org.aden.game.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aden.game.actor.Player;

/**
 * The bypass links of the last page the server showed a player (security rule: only a link the player was shown
 * is accepted). A {@code $name} in a link stands for what the player typed into that edit field, so it matches
 * any text without spaces-only restrictions (one or more characters). A player component; world thread only.
 */
public final class OfferedLinks {
    private static final Pattern BYPASS = Pattern.compile("bypass\\s+(?:-h\\s+)?([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("action\\s*=\\s*\"link\\s+([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("\\$[A-Za-z0-9_]+");

    private int npcObjectId;
    private long lastRefusalLog = Long.MIN_VALUE / 2;
    private int refusedSinceLog;
    private int pagesShown;
    private List<String> exact = List.of();
    private List<Pattern> withFields = List.of();
    private List<String> pages = List.of();

    /** The player's links (created on first use). */
    public static OfferedLinks of(Player p) {
        return p.component(OfferedLinks.class, OfferedLinks::new);
    }

    /**
     * Counts a refused link and says whether to log it: at most one line per interval per player, so a client
     * sending forged links cannot flood the log. Returns -1 to stay quiet, else how many were not logged before.
     */
    int admitRefusalLog(long now, long intervalMillis) {
        if (now - lastRefusalLog < intervalMillis) {
            refusedSinceLog++;
            return -1;
        }
        lastRefusalLog = now;
        int left = refusedSinceLog;
        refusedSinceLog = 0;
        return left;
    }

    /** Remembers the links of a page just sent (replacing the previous page's). */
    public void offer(int npcObjectId, String html) {
        this.npcObjectId = npcObjectId;
        pagesShown++;
        List<String> e = new ArrayList<>();
        List<Pattern> f = new ArrayList<>();
        Matcher m = BYPASS.matcher(html);
        while (m.find()) {
            String link = m.group(1).trim();
            if (FIELD.matcher(link).find()) {
                StringBuilder re = new StringBuilder();
                int last = 0;
                Matcher v = FIELD.matcher(link);
                while (v.find()) {
                    re.append(Pattern.quote(link.substring(last, v.start()))).append(".{1,64}");
                    last = v.end();
                }
                re.append(Pattern.quote(link.substring(last)));
                f.add(Pattern.compile(re.toString()));
            } else {
                e.add(link);
            }
        }
        exact = List.copyOf(e);
        withFields = List.copyOf(f);
        List<String> l = new ArrayList<>();
        Matcher lm = LINK.matcher(html);
        while (lm.find()) {
            l.add(lm.group(1).trim());
        }
        pages = List.copyOf(l);
    }

    /** How many pages the player was shown since login (a handler that showed nothing leaves it unchanged). */
    public int pagesShown() {
        return pagesShown;
    }

    /** The NPC of the last page (0 when none was shown). */
    public int npcObjectId() {
        return npcObjectId;
    }

    /** True when the command is one of the last page's links. */
    public boolean accepts(String command) {
        if (exact.contains(command)) {
            return true;
        }
        for (Pattern p : withFields) {
            if (p.matcher(command).matches()) {
                return true;
            }
        }
        return false;
    }

    /** True when the path is one of the last page's {@code link} actions (RequestLinkHtml). */
    public boolean acceptsLink(String path) {
        return pages.contains(path);
    }

    public void clear() {
        npcObjectId = 0;
        exact = List.of();
        withFields = List.of();
        pages = List.of();
    }
}
