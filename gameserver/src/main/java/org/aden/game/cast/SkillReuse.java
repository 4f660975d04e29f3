package org.aden.game.cast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aden.game.network.server.skill.SkillCoolTime;

/** A player's skills on reuse (a Player component; world thread). Items' skills share their skill's reuse. */
public final class SkillReuse {
    private record Entry(int level, long total, long readyAt) {}

    private final Map<Integer, Entry> bySkill = new HashMap<>();

    public static SkillReuse of(org.aden.game.actor.Player p) {
        return p.component(SkillReuse.class, SkillReuse::new);
    }

    public void start(int skillId, int level, long totalMillis, long now) {
        if (totalMillis > 0) {
            bySkill.put(skillId, new Entry(level, totalMillis, now + totalMillis));
        }
    }

    /** Milliseconds until the skill can be used again (0 when ready). */
    public long remaining(int skillId, long now) {
        Entry e = bySkill.get(skillId);
        return e == null ? 0 : Math.max(0, e.readyAt - now);
    }

    /** The client's cool-down list: every skill still on reuse, in seconds (rounded up). */
    public SkillCoolTime coolTime(long now) {
        List<SkillCoolTime.Entry> list = new ArrayList<>();
        bySkill.entrySet().removeIf(e -> e.getValue().readyAt <= now);
        bySkill.forEach((id, e) -> list.add(new SkillCoolTime.Entry(
                id, e.level, (int) ((e.total + 999) / 1000), (int) ((e.readyAt - now + 999) / 1000))));
        return new SkillCoolTime(list);
    }
}
