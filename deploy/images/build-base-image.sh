#!/usr/bin/env bash
# Builds the services' base image from Debian's own packages, without Docker and without any container
# registry: a minimal Debian 12 root filesystem (debootstrap) with OpenJDK 17 JRE headless, tzdata and
# CA certificates, run as user 185, written as a `docker save` tarball that Jib takes as `tar://` base.
#
# Usage (as root, on a machine that reaches deb.debian.org): deploy/images/build-base-image.sh OUT.tar
set -euo pipefail

out=$(realpath -m "${1:?usage: $0 OUT.tar}")
suite=bookworm
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v debootstrap >/dev/null; then
    # debootstrap is a shell script: unpack Debian's package of it rather than installing it.
    (cd "$work" && apt-get download -q debootstrap >/dev/null)
    dpkg-deb -x "$work"/debootstrap_*.deb "$work/debootstrap"
    export DEBOOTSTRAP_DIR="$work/debootstrap/usr/share/debootstrap"
    PATH="$work/debootstrap/usr/sbin:$PATH"
fi

rootfs="$work/rootfs"
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates,tzdata \
    "$suite" "$rootfs" "$mirror" >"$work/debootstrap.log" || { tail -20 "$work/debootstrap.log"; exit 1; }

# The user the Deployments' securityContext runs as, owning only /deployments.
echo 'jboss:x:185:185:service:/deployments:/usr/sbin/nologin' >>"$rootfs/etc/passwd"
echo 'jboss:x:185:' >>"$rootfs/etc/group"
install -d -o 185 -g 185 "$rootfs/deployments"

# What a running service never reads: package caches and lists, documentation, translations.
rm -rf "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/* \
    "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/*

# One layer, owners kept numerically, entries sorted and dated at the newest package so that two
# builds of the same packages give the same layer.
layer="$work/layer.tar"
epoch=$(stat -c %Y "$rootfs/var/lib/dpkg/status")
tar --create --file "$layer" --directory "$rootfs" --numeric-owner --sort=name --mtime="@$epoch" \
    --exclude=./proc/* --exclude=./sys/* --exclude=./dev/* .
diff_id=$(sha256sum "$layer" | cut -d' ' -f1)
java_home=$(cd "$rootfs" && echo usr/lib/jvm/java-17-openjdk-*)
created=$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ)

mkdir -p "$work/image"
mv "$layer" "$work/image/$diff_id.tar"
cat >"$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"$created",
 "config":{"User":"185","WorkingDir":"/deployments",
  "Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/$java_home","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"$created","created_by":"deploy/images/build-base-image.sh: debootstrap $suite minbase + openjdk-17-jre-headless"}]}
JSON
config_id=$(sha256sum "$work/image/config.json" | cut -d' ' -f1)
mv "$work/image/config.json" "$work/image/$config_id.json"
cat >"$work/image/manifest.json" <<JSON
[{"Config":"$config_id.json","RepoTags":["hotline/base-jre17:$suite"],"Layers":["$diff_id.tar"]}]
JSON
mkdir -p "$(dirname "$out")"
# Entries named without a leading "./": Jib refuses archive entries that point outside its target.
tar --create --file "$out" --directory "$work/image" manifest.json "$config_id.json" "$diff_id.tar"
echo "base image hotline/base-jre17:$suite written to $out ($(du -h "$out" | cut -f1))"
