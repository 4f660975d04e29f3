package org.aden.login.gameserver;

import org.aden.common.link.LinkMessage;

/** The login side's handle on one registered game server's link. */
public interface LinkPeer {
    /** Sends without blocking the caller for long; a failure closes the link. */
    void send(LinkMessage message);

    void close();
}
