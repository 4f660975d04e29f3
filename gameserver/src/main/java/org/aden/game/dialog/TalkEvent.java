package org.aden.game.dialog;

import static org.aden.game.item.ItemLedger.Reason.OTHER;

import java.util.List;
import java.util.Map;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemLedger;
import org.aden.game.network.server.npc.NpcHtmlMessage;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.script.ScriptViews;
import org.aden.game.script.api.Dialogue;
import org.aden.game.script.api.GameWorld;
import org.aden.game.script.api.Items;
import org.aden.game.script.api.NpcActions;
import org.aden.game.script.api.NpcEvent;
import org.aden.game.script.api.NpcView;
import org.aden.game.script.api.PlayerView;
import org.aden.game.script.api.Quest;
import org.aden.game.script.api.QuestState;
import org.aden.game.script.api.Quests;
import org.aden.game.script.api.Timers;

/**
 * One call of a script about a player and an NPC (or a player alone: an event script, a link tied to no NPC, where
 * pages open without an NPC), with the capabilities the script may use on that player. Built per call on the world
 * thread; the script it is handed to is remembered for its timers and their error reports.
 */
final class TalkEvent implements NpcEvent, Dialogue, Items, GameWorld, Quests {
    private static final int NOT_ENOUGH_ADENA = 279;

    private final TalkServices s;
    private final Player p;
    private final Npc n;
    private final Object script;
    /** The first page of an NPC with quests for this player ends with the classic "Quest" link. */
    private boolean questLink;

    TalkEvent(TalkServices services, Player p, Npc n, Object script) {
        this.s = services;
        this.p = p;
        this.n = n;
        this.script = script;
    }

    @Override
    public PlayerView player() {
        return ScriptViews.of(p);
    }

    /** Null for an event without an NPC. */
    @Override
    public NpcView npc() {
        return n == null ? null : ScriptViews.of(n);
    }

    @Override
    public Dialogue dialogue() {
        return this;
    }

    @Override
    public Items items() {
        return this;
    }

    @Override
    public Quests quests() {
        return this;
    }

    /** Makes the next page end with the "Quest" link (NpcTalk: the first page of an NPC with quests). */
    void offerQuestLink() {
        questLink = true;
    }

    // ---- Quests

    @Override
    public QuestState of(int questId) {
        Quest q = s.scripts().quests().get(questId);
        if (q == null) {
            throw new IllegalArgumentException("no quest " + questId + " is running");
        }
        return new PlayerQuestState(
                p, q.name(), questId, s.quests().store(), s.quests().exp());
    }

    @Override
    public GameWorld world() {
        return this;
    }

    @Override
    public Timers timers() {
        return new BoundTimers(s, script, n, p);
    }

    @Override
    public NpcActions npcActions() {
        if (n == null) {
            throw new IllegalStateException("this event has no NPC");
        }
        return new ScriptNpcActions(s.world(), n);
    }

    // ---- Dialogue

    @Override
    public void show(String html) {
        show(html, Map.of());
    }

    @Override
    public void show(String html, Map<String, ?> vars) {
        int npcObjectId = n == null ? 0 : n.objectId();
        String page = html.replace("%objectId%", Integer.toString(npcObjectId))
                .replace("%playerName%", p.name())
                .replace("%npcName%", n == null ? "" : n.name());
        for (Map.Entry<String, ?> v : vars.entrySet()) {
            page = page.replace("%" + v.getKey() + "%", String.valueOf(v.getValue()));
        }
        if (!page.regionMatches(true, 0, "<html", 0, 5)) {
            page = "<html><body>" + page + "</body></html>";
        }
        if (questLink && n != null) {
            questLink = false;
            String link = "<br><a action=\"bypass -h npc_" + n.objectId() + "_Quest\">Quest</a>";
            int end = page.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
            page = end < 0 ? page + link : page.substring(0, end) + link + page.substring(end);
        }
        if (page.length() > NpcHtmlMessage.MAX_HTML_LENGTH) {
            throw new IllegalArgumentException(
                    "page of " + page.length() + " characters, the client takes " + NpcHtmlMessage.MAX_HTML_LENGTH);
        }
        OfferedLinks.of(p).offer(npcObjectId, page);
        p.send(new NpcHtmlMessage(npcObjectId, page, 0));
    }

    @Override
    public String page(String name) {
        return s.scripts().page(script, name);
    }

    @Override
    public boolean showPage(String name) {
        return showPage(name, Map.of());
    }

    @Override
    public boolean showPage(String name, Map<String, ?> vars) {
        String page = page(name);
        if (page == null) {
            return false;
        }
        show(page, vars);
        return true;
    }

    @Override
    public boolean showOwnPage(String links) {
        String page = page(ownPageName(n));
        if (page == null) {
            return false;
        }
        show(page.replace("%links%", links));
        return true;
    }

    /** The file of an NPC's own first page, by its template id. */
    static String ownPageName(Npc n) {
        return "pages/" + n.template().id() + ".htm";
    }

    @Override
    public void tell(String text) {
        p.send(SystemMessage.freeText(text));
    }

    // ---- Items

    @Override
    public long count(int itemId) {
        return s.ledger().count(p, itemId);
    }

    @Override
    public boolean wearing(int itemId) {
        return Inventory.of(p).equipped().stream().anyMatch(i -> i.itemId() == itemId);
    }

    @Override
    public void give(int itemId, long count) {
        if (count < 1 || !s.ledger().apply(p, List.of(new ItemLedger.Delta(itemId, count)), reason(), counterpart())) {
            throw new IllegalArgumentException("cannot give " + count + " of item " + itemId);
        }
        inventoryChanged();
    }

    @Override
    public boolean take(int itemId, long count) {
        if (count < 1) {
            throw new IllegalArgumentException("cannot take " + count + " of item " + itemId);
        }
        if (!s.ledger().apply(p, List.of(new ItemLedger.Delta(itemId, -count)), reason(), counterpart())) {
            return false;
        }
        inventoryChanged();
        return true;
    }

    @Override
    public String name(int itemId) {
        return s.ledger().catalog().contains(itemId)
                ? s.ledger().catalog().get(itemId).name()
                : "item " + itemId;
    }

    /** Why the ledger says a script changed items: a quest's changes are QUEST, other scripts' OTHER. */
    private ItemLedger.Reason reason() {
        return script instanceof Quest ? ItemLedger.Reason.QUEST : OTHER;
    }

    /** Who the ledger names as the other side of a script's change: the NPC. */
    private String counterpart() {
        if (n == null) {
            return script instanceof Quest
                    ? "quest window"
                    : "script " + s.scripts().keyOf(script);
        }
        return "npc " + n.template().id() + " " + n.name();
    }

    /** The client's inventory is refreshed whole (ItemList without opening the window). */
    private void inventoryChanged() {
        p.send(Inventory.of(p).itemList(false));
    }

    // ---- GameWorld

    @Override
    public List<GameWorld.Destination> destinations(String namePrefix) {
        return s.destinations().withPrefix(namePrefix).stream()
                .map(d -> new GameWorld.Destination(d.id(), d.name(), d.price(), d.itemId()))
                .toList();
    }

    @Override
    public boolean teleport(int destinationId) {
        org.aden.game.teleport.Destination d = s.destinations().get(destinationId);
        if (d == null) {
            return false;
        }
        if (d.noble() && !p.isNoble()) {
            p.send(SystemMessage.freeText("Only nobles may go there."));
            return false;
        }
        if (d.price() > 0) {
            if (s.ledger().isWriting(p)) { // an item being picked up: its write decides first
                p.send(SystemMessage.freeText("Wait a moment and try again."));
                return false;
            }
            if (!s.ledger()
                    .apply(
                            p,
                            List.of(new ItemLedger.Delta(d.itemId(), -d.price())),
                            OTHER,
                            "teleport " + d.id() + " at " + counterpart())) {
                p.send(
                        d.itemId() == ADENA
                                ? SystemMessage.of(NOT_ENOUGH_ADENA)
                                : SystemMessage.freeText("You do not have enough " + name(d.itemId()) + "."));
                return false;
            }
            inventoryChanged();
        }
        s.teleports().teleport(p, d.x(), d.y(), d.z());
        return true;
    }

    @Override
    public boolean chance(double percent) {
        return s.quests().random().nextDouble() * 100 < percent;
    }

    @Override
    public boolean spawnAttacker(int npcId) {
        int x = n != null ? n.x() : p.x() + 50;
        int y = n != null ? n.y() : p.y();
        int z = n != null ? n.z() : p.z();
        return s.quests().spawns().spawnAttacker(npcId, x, y, z, p) != null;
    }

    @Override
    public void teleport(int x, int y, int z) {
        s.teleports().teleport(p, x, y, z);
    }

    @Override
    public List<Integer> buyListsOf(int npcId) {
        return s.shops().lists().ofNpc(npcId);
    }

    @Override
    public void showBuyList(int listId) {
        if (!s.shops().showBuyList(p, n, listId)) {
            throw new IllegalArgumentException(
                    "buy list " + listId + " is not sold by NPC " + n.template().id());
        }
    }

    @Override
    public void showSellList() {
        s.shops().showSellList(p, n);
    }

    @Override
    public void showMultisell(int listId) {
        if (!s.exchanges().show(p, n, listId)) {
            throw new IllegalArgumentException("multisell " + listId + " is not offered by NPC "
                    + n.template().id());
        }
    }

    @Override
    public void showWarehouseDeposit() {
        s.warehouses().showDeposit(p, n);
    }

    @Override
    public void showWarehouseWithdraw() {
        s.warehouses().showWithdraw(p, n);
    }

    @Override
    public boolean showSkillList() {
        if (s.learning() == null) {
            throw new IllegalStateException("skill learning is not running");
        }
        return s.learning().showList(p, n);
    }

    @Override
    public boolean teachesPlayer() {
        return s.learning() != null && s.learning().teaches(n, p);
    }

    @Override
    public void showFishingSkillList() {
        if (s.learning() == null) {
            throw new IllegalStateException("skill learning is not running");
        }
        s.learning().showFishingList(p, n);
    }

    @Override
    public List<GameWorld.ClassChoice> classChoices() {
        return classChanging().choices(p).stream()
                .map(c -> new GameWorld.ClassChoice(
                        c.classId(),
                        c.name(),
                        c.level(),
                        c.proofs().stream()
                                .map(org.aden.game.classchange.ClassChanges.Items::itemId)
                                .toList()))
                .toList();
    }

    @Override
    public int baseClassOf(int classId) {
        return classChanging().changes().baseClassOf(classId);
    }

    @Override
    public boolean classChangeFree() {
        return classChanging().free();
    }

    @Override
    public GameWorld.ClassChangeResult changeClass(int classId) {
        return GameWorld.ClassChangeResult.valueOf(
                classChanging().change(p, n, classId).name());
    }

    private org.aden.game.classchange.ClassChanging classChanging() {
        if (s.classChanging() == null) {
            throw new IllegalStateException("class changes are not running");
        }
        return s.classChanging();
    }
}
