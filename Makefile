# Clearance — the two commands: `make run` and `make test`. Everything else is a shortcut.
# NB: never pass -q to Maven here: CI reads Surefire's "Tests run:" lines.
SHELL := /bin/bash
MVN   := ./mvnw -B
JAR   := api/target/clearance.jar

.PHONY: help run test build verify e2e classify bench new-migration openapi clean

help:
	@echo "make run        build if needed, start Keycloak + the app (embedded PostgreSQL) on http://localhost:8080"
	@echo "make test       every test: unit, integration on embedded PostgreSQL, Vitest, browser e2e on real Keycloak"
	@echo "make build      build the runnable jar ($(JAR)) without running tests"
	@echo "make classify FILE=facts.json   classify DSP transactions (facts format v1) from a file or - for stdin"
	@echo "make bench      run the benchmarks in bench/ (not part of make test)"
	@echo "make openapi    refresh docs/openapi/clearance-0.1.yml after an API change"
	@echo "make new-migration NAME=add_thing   create persistence/src/main/resources/db/migration/V<UTC>__add_thing.sql"

# Rebuild only when a source, resource or pom is newer than the jar (or the jar is missing).
build:
	@if [ ! -f $(JAR) ] || [ -n "$$(find pom.xml */pom.xml */src web-ui/package.json web-ui/index.html -newer $(JAR) -print -quit 2>/dev/null)" ]; then \
		echo "make: building $(JAR)"; rm -f $(JAR) api/target/original-clearance.jar; \
		$(MVN) -DskipTests install; \
	else \
		echo "make: $(JAR) is up to date"; \
	fi

run: build
	bash deploy/scripts/run.sh

# Unit (*Test, Surefire), integration (*IT, Failsafe, embedded PostgreSQL) and Vitest run in the Maven build;
# then the browser e2e stage runs against the jar it produced, real Keycloak and Debian Chromium.
test: verify e2e

verify:
	rm -f api/target/clearance.jar api/target/original-clearance.jar
	$(MVN) install

e2e:
	bash deploy/scripts/e2e.sh

classify:
	@if [ -z "$(FILE)" ]; then echo "usage: make classify FILE=facts.json (or FILE=- for stdin)"; exit 2; fi
	@[ -f $(JAR) ] || $(MVN) -DskipTests install > /dev/null
	@java -jar $(JAR) classify $(FILE)

bench:
	$(MVN) -DskipTests install -pl api,bench -am
	bash bench/run.sh

# Refresh the committed OpenAPI document from the controllers (OpenApiDriftTest fails when it is stale).
openapi:
	$(MVN) -DskipTests install -pl api -am
	mkdir -p docs/openapi && cp api/target/classes/META-INF/swagger/clearance-0.1.yml docs/openapi/clearance-0.1.yml

new-migration:
	@if [ -z "$(NAME)" ]; then echo "usage: make new-migration NAME=snake_case_slug"; exit 2; fi
	@f=persistence/src/main/resources/db/migration/V$$(date -u +%Y%m%d%H%M)__$(NAME).sql; \
		printf -- '-- %s\n' "$(NAME)" > $$f; echo "created $$f"

clean:
	$(MVN) clean
