# Sourced by ./mvnw (POSIX sh). Picks a JDK 25+ for Maven itself, because the Vaadin plugin and
# embedded Neo4j need Java 21+ while the machines we target default to Java 17, and neither
# toolchains nor .mvn/jvm.config can choose the JVM that runs Maven.
# Order: JAVA_HOME if it is 25+, then `java` on PATH if 25+, then the newest 25+ JDK found in the
# usual install places; otherwise stop with a message.

disputatio_java_major() {
  # Prints the feature version of the java binary given as $1 (e.g. 25), or nothing.
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

disputatio_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(disputatio_java_major "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 25 ]; then return 0; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    j=$(command -v javac)
    j=$(readlink -f "$j" 2>/dev/null || echo "$j")
    home=$(dirname "$(dirname "$j")")
    v=$(disputatio_java_major "$home/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 25 ]; then JAVA_HOME="$home"; export JAVA_HOME; return 0; fi
  fi
  best=""; bestv=0
  for home in /usr/lib/jvm/* /usr/java/* /opt/* /opt/java/* "$HOME"/.sdkman/candidates/java/* \
              "$HOME"/.jdks/* "$HOME"/.asdf/installs/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$home/bin/javac" ] || continue
    v=$(disputatio_java_major "$home/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 25 ] && [ "$v" -gt "$bestv" ]; then best="$home"; bestv="$v"; fi
  done
  if [ -z "$best" ] && [ -x /usr/libexec/java_home ]; then
    best=$(/usr/libexec/java_home -v 25+ 2>/dev/null || true)
  fi
  if [ -n "$best" ]; then JAVA_HOME="$best"; export JAVA_HOME; return 0; fi
  echo "Disputatio needs a JDK 25 or later to build and run." >&2
  echo "Install one (for example Temurin 25) or set JAVA_HOME to it, then run ./mvnw again." >&2
  exit 1
}

disputatio_pick_jdk
