// "bypass -h tips": hunting advice by level, on a page that belongs to no NPC (the level-up congratulation links here).
import org.aden.game.script.api.BypassScript
import org.aden.game.script.api.PlayerEvent

// the highest level of each band -> the advice
TreeMap<Integer, String> ADVICE = [
        (9) : 'Stay near your village: the fields around it hold monsters of your strength.',
        (19): 'Walk the roads to Gludio: the lands around it suit a hunter of your level.',
        (29): 'Try the lands around Dion and the ruins nearby, with friends if you can.',
        (99): 'Seek the guild masters of the great towns: they know where someone of your level is needed.',
] as TreeMap

new BypassScript() {
    Set<String> prefixes() { ['tips'] as Set }

    boolean onLink(PlayerEvent e, String prefix, List<String> args) {
        int level = e.player().level()
        String advice = ADVICE.ceilingEntry(level)?.value ?: ADVICE.lastEntry().value
        e.dialogue().show("Advice for level ${level}:<br>${advice}")
        true
    }
}
