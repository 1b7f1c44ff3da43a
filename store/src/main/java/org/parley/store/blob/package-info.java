/**
 * Write-once, content-addressed storage for message bodies and files: the bytes are named by
 * their SHA-256, so equal content is stored once. {@link org.parley.store.blob.FileBlobStore}
 * keeps files under {@code DATA/blobs/ab/abcdef…} (temp file, fsync, atomic rename, folder
 * fsync); {@link org.parley.store.blob.PostgresBlobStore} keeps {@code bytea} chunks in PostgreSQL
 * so all nodes of a cluster share them. Neither knows who uses a blob: references and garbage
 * collection belong to the metadata store (see {@code org.parley.store.mail}).
 */
package org.parley.store.blob;
