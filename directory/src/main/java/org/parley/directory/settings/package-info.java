/**
 * Typed settings with inheritance (server defaults → domain defaults → account; server domain
 * defaults → domain). {@link org.parley.directory.settings.SettingsCatalog} lists the keys Parley
 * interprets; other keys are stored as given. Values use the CommuniGate object model of
 * {@code org.parley.core.format}; {@link org.parley.directory.settings.SettingsCodec} is the private
 * storage encoding.
 */
package org.parley.directory.settings;
