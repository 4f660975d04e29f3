package org.aden.game.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundTest {
    @Test
    void theWorldThreadsStepsLeaveAtTheEndOfItsTickAndNothingOvertakesThem() throws Exception {
        Outbound out = new Outbound();
        out.start();
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        out.publish(); // this thread plays the world thread
        out.enqueue(() -> ran.add("a"));
        Thread.sleep(200);
        assertTrue(ran.isEmpty(), "held until the tick ends");
        Thread other = new Thread(() -> out.enqueue(() -> ran.add("b")));
        other.start();
        other.join();
        out.enqueue(() -> ran.add("c"));
        out.enqueue(() -> ran.add("d"));
        out.publish();
        out.enqueue(() -> ran.add("e"));
        out.stop(); // hands over what is still pending
        assertEquals(List.of("a", "b", "c", "d", "e"), ran);
    }
}
