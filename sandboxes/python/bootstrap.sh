#!/usr/bin/env bash
# Offline recipe for the sandbox base image: a minimal Debian root with python3 and nothing else,
# imported into the local engine. Used where no container registry is reachable (debootstrap needs
# only Debian's package mirror). Usage: bootstrap.sh IMAGE:TAG
set -euo pipefail
image="${1:?usage: bootstrap.sh IMAGE:TAG}"
suite="${BBENCH_DEBIAN_SUITE:-bookworm}"
root="$(mktemp -d /tmp/bbench-rootfs.XXXXXX)"
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase --include=python3 "$suite" "$root" >&2
# Docs, caches and package indexes are not needed to run code and only enlarge the image.
rm -rf "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/*
tar -C "$root" -c . | docker import \
  --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'USER 65534:65534' \
  --change 'WORKDIR /work' \
  - "$image" >&2
