/**
 * The game port: framing, the game cipher, per-state opcode tables, guarded dispatch and per-connection
 * {@link org.aden.game.network.GameClient}s.
 *
 * <h2>A packet's way</h2>
 * MINA I/O thread → {@code FrameCodecFactory} (length framing) → {@link org.aden.game.network.PacketDispatcher}:
 * rate limit, decrypt ({@link org.aden.common.crypto.GameCrypt}), look the opcode up in the table of the
 * connection's {@link org.aden.game.network.ConnectionState}, decode into an immutable record, call the handler.
 * Out-of-state, malformed and over-rate packets are dropped and counted ({@link org.aden.game.network.NetworkStats});
 * too many within a window close that connection. Unknown opcodes are logged once each with a hex dump.
 *
 * <h2>Adding a client packet</h2>
 * <ol>
 *   <li>A record in {@code org.aden.game.network.client.<feature>} named as in the protocol reference, with
 *       {@code public static final int OPCODE} and {@code static X read(PacketReader r)} that reads the body
 *       after the opcode (after the sub-opcode for 0xD0 packets) with bounds-checked reads only.</li>
 *   <li>Register it for the states that accept it, at start-up, in the feature's
 *       {@code *Handlers.register(OpcodeTables, PlayerCommands, ...)} (e.g. {@code move/MoveHandlers}):
 *       <pre>{@code
 * tables.state(ConnectionState.IN_GAME)
 *       .on(MoveBackwardToLocation.OPCODE, "MoveBackwardToLocation", MoveBackwardToLocation::read,
 *           commands.handler("MoveBackwardToLocation", (player, p) -> actions.moveTo(player, ...)))
 *       .onExtended(0x0005, "RequestAutoSoulShot", RequestAutoSoulShot::read, ...)  // 0xD0 sub-opcodes
 *       .ignore(0x9D, "RequestSkillCoolTime");                                      // known stray, never fatal
 *       }</pre>
 *       Registering one opcode twice in a state fails at start-up.</li>
 *   <li>The handler runs on the I/O thread, in arrival order: it must not block or touch world state. It
 *       enqueues a command for the world thread, or runs database work with
 *       {@link org.aden.game.network.GameClient#execute(Runnable)} (serial per connection, virtual threads).</li>
 * </ol>
 *
 * <h2>Sending</h2>
 * Server packets are records in {@code org.aden.game.network.server.<feature>}, built from plain values, implementing
 * {@link org.aden.common.net.ServerPacket}; {@link org.aden.game.network.GameClient#send} encodes and encrypts
 * them (safe from any thread). To broadcast, encode once ({@code packet.encode()}) and give each recipient
 * {@link org.aden.game.network.GameClient#sendShared(byte[])}.
 *
 * <h2>Lobby → world</h2>
 * See {@code org.aden.game.lobby.WorldGateway}: CharacterSelect loads the character into
 * a {@code CharacterSnapshot} attachment of the connection and moves to ENTERING; EnterWorld moves to
 * IN_GAME and calls {@code WorldGateway.enterWorld(client, character)}; a connection closing in IN_GAME calls
 * {@code WorldGateway.disconnected(client)}. Per-connection world data hangs on the client with
 * {@link org.aden.game.network.GameClient#attach(Class, Object)}.
 */
package org.aden.game.network;
