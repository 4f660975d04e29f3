package org.aden.game.script;

import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.script.api.NpcView;
import org.aden.game.script.api.PlayerView;

/** Read-only views of engine objects for scripts. */
public final class ScriptViews {
    private ScriptViews() {}

    public static PlayerView of(Player p) {
        return new PlayerSnapshot(p);
    }

    public static NpcView of(Npc n) {
        return new NpcSnapshot(n);
    }

    private record PlayerSnapshot(Player p) implements PlayerView {
        @Override
        public String name() {
            return p.name();
        }

        @Override
        public String account() {
            return p.account();
        }

        @Override
        public int level() {
            return p.level();
        }

        @Override
        public int classId() {
            return p.classId();
        }

        @Override
        public int race() {
            return p.appearance().race();
        }

        @Override
        public int accessLevel() {
            return p.accessLevel();
        }

        @Override
        public int x() {
            return p.x();
        }

        @Override
        public int y() {
            return p.y();
        }

        @Override
        public int z() {
            return p.z();
        }

        @Override
        public boolean isConnected() {
            return p.isConnected();
        }
    }

    private record NpcSnapshot(Npc n) implements NpcView {
        @Override
        public int objectId() {
            return n.objectId();
        }

        @Override
        public int npcId() {
            return n.template().id();
        }

        @Override
        public String name() {
            return n.name();
        }

        @Override
        public String type() {
            return n.template().type();
        }

        @Override
        public int x() {
            return n.x();
        }

        @Override
        public int y() {
            return n.y();
        }

        @Override
        public int z() {
            return n.z();
        }
    }
}
