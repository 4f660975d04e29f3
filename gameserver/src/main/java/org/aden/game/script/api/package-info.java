/**
 * The script API: the only types Groovy scripts (scripts/**) may use, besides the JDK and Groovy. Small
 * interfaces split by capability; the engine implements them in org.aden.game.script. Nothing here may
 * import engine classes (the architecture test checks both rules).
 */
package org.aden.game.script.api;
