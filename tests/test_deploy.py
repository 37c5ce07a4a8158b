"""The deployment files (deploy/, .dockerignore) agree with the code they deploy: no Docker, cluster or network.

What is checked against the code itself: every GREETBOT_* variable is a field of `Settings`; probes and
healthchecks hit routes the app serves; the Ingress routes exactly the adapters' webhook paths; the commands run
exist in the CLI; vLLM gets the flags `greetbot model serve` would give it. Kubernetes manifests are validated
against the schemas of a pinned Kubernetes version (kubernetes-validate), and each overlay is built with
`kubectl kustomize` where kubectl is installed.
"""

from __future__ import annotations

import importlib
import json
import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import kubernetes_validate
import pytest
import typer
import yaml

from adapters.registry import PLATFORMS
from bot.settings import Settings
from model_server.serve import ServeConfig, build_command

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
BASE = K8S / "base"
OVERLAYS = ("trial", "production")
# The oldest Kubernetes the manifests promise to run on: every API they use must exist there.
K8S_VERSION = "1.33.0"
# Custom resources: kubernetes-validate has no schema for them.
CRD_GROUPS = ("monitoring.coreos.com", "keda.sh")
WORKLOAD_KINDS = ("Deployment", "StatefulSet", "Job")
SETTINGS_VARS = {f"GREETBOT_{name.upper()}" for name in Settings.model_fields}
# Fields that hold credentials: an example file must never carry a value for them.
SECRET_FIELDS = {name for name in Settings.model_fields
                 if re.search(r"token|secret|encrypt_key|api_key|password|session_key", name) or name == "database_url"}
# vLLM's placeholder key ("no key"), the code's default: not a credential.
NOT_A_SECRET = {"GREETBOT_LLM_API_KEY": "EMPTY"}
# The bot's own image: the bare name in the manifests, given its registry and tag by kustomize's `images`.
BOT_IMAGE = "greetbot"


# --- reading the files ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Manifest:
    path: Path
    index: int
    doc: dict[str, Any]

    @property
    def kind(self) -> str:
        return self.doc["kind"]

    @property
    def name(self) -> str:
        return self.doc["metadata"]["name"]

    @property
    def id(self) -> str:
        return f"{self.path.relative_to(K8S)}#{self.index}:{self.kind}/{self.name}"


def load_yaml_docs(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]


def kustomization_files() -> list[Path]:
    return sorted(K8S.rglob("kustomization.yaml"))


def patch_files() -> set[Path]:
    found: set[Path] = set()
    for kfile in kustomization_files():
        for patch in yaml.safe_load(kfile.read_text(encoding="utf-8")).get("patches", []):
            found.add((kfile.parent / patch["path"]).resolve())
    return found


def k8s_manifests() -> list[Manifest]:
    """Every whole object under deploy/k8s: not the kustomizations, not the (partial) patches."""
    patches = patch_files()
    out: list[Manifest] = []
    for path in sorted(K8S.rglob("*.yaml")):
        if path.name == "kustomization.yaml" or path.resolve() in patches:
            continue
        out += [Manifest(path, i, doc) for i, doc in enumerate(load_yaml_docs(path))]
    return out


def referenced_files(kustomization_dir: Path) -> set[Path]:
    """The files a kustomization pulls in (resources, components and patches), following directories."""
    kfile = kustomization_dir / "kustomization.yaml"
    spec = yaml.safe_load(kfile.read_text(encoding="utf-8"))
    files: set[Path] = set()
    for entry in [*spec.get("resources", []), *spec.get("components", [])]:
        target = (kustomization_dir / entry).resolve()
        files |= referenced_files(target) if target.is_dir() else {target}
    files |= {(kustomization_dir / p["path"]).resolve() for p in spec.get("patches", [])}
    return files


def base_objects() -> dict[tuple[str, str], dict[str, Any]]:
    return {(doc["kind"], doc["metadata"]["name"]): doc
            for path in sorted(referenced_files(BASE)) for doc in load_yaml_docs(path)}


def pod_spec(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["spec"]["template"]["spec"]


def all_containers(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [*spec.get("initContainers", []), *spec.get("containers", [])]


def containers_of(manifests: list[Manifest]) -> Iterator[tuple[Manifest, dict[str, Any]]]:
    for m in manifests:
        if m.kind in WORKLOAD_KINDS:
            for c in all_containers(pod_spec(m.doc)):
                yield m, c


def find(kind: str, name: str) -> dict[str, Any]:
    return base_objects()[(kind, name)]


def compose() -> dict[str, Any]:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))


def env_example() -> list[tuple[str, str, list[str]]]:
    """(name, value, the comment lines right above it) for each assignment in deploy/.env.example."""
    out: list[tuple[str, str, list[str]]] = []
    comments: list[str] = []
    for line in (DEPLOY / ".env.example").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            comments.append(line.lstrip("# ").strip())
        elif "=" in line:
            name, value = line.split("=", 1)
            out.append((name.strip(), value.strip(), comments))
            comments = []
        else:
            comments = []
    return out


@dataclass(frozen=True)
class Instruction:
    keyword: str
    args: str


def dockerfile_stages() -> list[list[Instruction]]:
    """The Dockerfile's instructions, continuation lines joined, split into stages at each FROM."""
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n", " ", "\n".join(lines))
    stages: list[list[Instruction]] = []
    for line in joined.splitlines():
        if not line.strip():
            continue
        keyword, _, args = line.strip().partition(" ")
        instruction = Instruction(keyword.upper(), args.strip())
        if instruction.keyword == "FROM":
            stages.append([])
        stages[-1].append(instruction)
    return stages


def is_pinned(image: str) -> bool:
    """A digest, or a tag other than latest (nor latest-<arch> and the like)."""
    if "@sha256:" in image:
        return True
    last = image.rsplit("/", 1)[-1]
    if ":" not in last:
        return False
    tag = last.split(":", 1)[1]
    return bool(tag) and not tag.startswith("latest") and "$" not in tag


def url_path(text: str) -> str:
    match = re.search(r"https?://[^/'\"\s]+(/[\w/.-]*)", text)
    assert match, f"no URL in {text!r}"
    return match.group(1)


# --- vLLM command lines --------------------------------------------------------------------------------------

def flags(argv: list[str]) -> dict[str, list[str]]:
    """`--flag value...` and `--flag=value` into {flag: values}; leading positional arguments under ''."""
    out: dict[str, list[str]] = {"": []}
    current = ""
    for token in argv:
        if token.startswith("--"):
            current, eq, value = token.partition("=")
            out[current] = [value] if eq else []
        else:
            out[current].append(token)
    return out


def normalized(values: list[str]) -> list[Any]:
    """JSON values compare as data (spacing and key order do not matter)."""
    out: list[Any] = []
    for value in values:
        try:
            out.append(json.loads(value) if value[:1] in "{[" else value)
        except json.JSONDecodeError:
            out.append(value)
    return out


# Flags that belong to the deployment, not to greetbot's serving recipe: where to listen, which checkpoint, how
# much context the hardware affords.
DEPLOYMENT_FLAGS = {"", "--model", "--host", "--max-model-len"}


def launcher_flags(profile: str) -> tuple[dict[str, list[Any]], dict[str, str]]:
    argv, env = build_command(ServeConfig(model="/models/m", profile=profile,  # type: ignore[arg-type]
                                          adapters={"greet": "/adapters/greet"}))
    server_args = argv[argv.index("vllm.entrypoints.openai.api_server") + 1:]
    parsed = {k: normalized(v) for k, v in flags(server_args).items() if k not in DEPLOYMENT_FLAGS}
    return parsed, env


@dataclass(frozen=True)
class VllmServer:
    where: str
    profile: str
    argv: list[str]
    env: dict[str, str]


def vllm_servers() -> list[VllmServer]:
    services = compose()["services"]
    servers = [VllmServer(f"compose {name}", profile, [str(a) for a in services[name]["command"]],
                          {k: str(v) for k, v in services[name].get("environment", {}).items()})
               for name, profile in (("vllm-gpu", "gpu"), ("vllm-cpu", "cpu"))]
    container = pod_spec(find("Deployment", "model-server"))["containers"][0]
    servers.append(VllmServer("k8s model-server", "gpu", container["args"],
                              {e["name"]: e.get("value", "") for e in container.get("env", [])}))
    return servers


# --- greetbot invocations ------------------------------------------------------------------------------------

def greetbot_invocations(command: list[str]) -> list[list[str]]:
    """The argument lists of every `greetbot ...` a container command runs, through `sh -c` scripts too."""
    if not command:
        return []
    if command[0] == "greetbot":
        return [command[1:]]
    if command[0] in ("sh", "bash") and "-c" in command:
        lexer = shlex.shlex(command[command.index("-c") + 1], posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        tokens = list(lexer)
        found: list[list[str]] = []
        for i, token in enumerate(tokens):
            if token == "greetbot":
                args: list[str] = []
                for t in tokens[i + 1:]:
                    if set(t) <= set(";&|()<>"):
                        break
                    args.append(t)
                found.append(args)
        return found
    return []


def invocations() -> list[tuple[str, list[str]]]:
    found: list[tuple[str, list[str]]] = []
    for name, service in compose()["services"].items():
        if str(service.get("image", "")).startswith(f"{BOT_IMAGE}:"):
            found += [(f"compose {name}", args) for args in greetbot_invocations(service["command"])]
    for m, c in containers_of(k8s_manifests()):
        if c["image"] == BOT_IMAGE:
            found += [(f"k8s {m.name}/{c['name']}", args)
                      for args in greetbot_invocations([*c.get("command", []), *c.get("args", [])])]
    cmd = next(i for i in dockerfile_stages()[-1] if i.keyword == "CMD")
    found += [("Dockerfile CMD", args) for args in greetbot_invocations(json.loads(cmd.args))]
    return found


# --- the app's routes ----------------------------------------------------------------------------------------

def adapter_paths() -> set[str]:
    return {getattr(importlib.import_module(module), cls).path for module, cls, _ in PLATFORMS.values()}


@pytest.fixture(scope="module")
def app_routes() -> set[str]:
    from bot.service.app import create_app

    app = create_app(Settings(_env_file=None), adapters=[])
    return {route.path for route in app.routes}


# === compose =================================================================================================

def test_compose_runs_postgres_migrate_and_bot_always_and_one_vllm_per_profile() -> None:
    services = compose()["services"]
    always = {name for name, s in services.items() if not s.get("profiles")}
    assert always == {"postgres", "migrate", "bot"}
    assert services["vllm-gpu"]["profiles"] == ["gpu"]
    assert services["vllm-cpu"]["profiles"] == ["cpu"]


def test_compose_postgres_keeps_its_data_in_a_volume_and_is_healthchecked_with_pg_isready() -> None:
    postgres = compose()["services"]["postgres"]
    assert any(v.endswith(":/var/lib/postgresql/data") for v in postgres["volumes"])
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    assert postgres["restart"] == "unless-stopped"


def test_compose_migrate_is_a_one_shot_db_upgrade_once_postgres_is_healthy() -> None:
    migrate = compose()["services"]["migrate"]
    assert migrate["command"] == ["greetbot", "db", "upgrade"]
    assert migrate["restart"] == "no"
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_compose_bot_starts_after_a_successful_migration_restarts_and_is_healthchecked() -> None:
    bot = compose()["services"]["bot"]
    assert bot["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert bot["restart"] == "unless-stopped"
    assert url_path(" ".join(bot["healthcheck"]["test"])) == "/healthz"
    # A dependency on a profiled service would break `up` under the other profile.
    assert not set(bot["depends_on"]) & {"vllm-gpu", "vllm-cpu"}


def test_compose_gpu_vllm_reserves_an_nvidia_gpu_and_the_cpu_one_none() -> None:
    services = compose()["services"]
    devices = services["vllm-gpu"]["deploy"]["resources"]["reservations"]["devices"]
    assert any(d["driver"] == "nvidia" and "gpu" in d["capabilities"] for d in devices)
    assert "deploy" not in services["vllm-cpu"]


def test_compose_keeps_db_models_and_adapters_in_named_volumes_and_reads_deploy_env() -> None:
    spec = compose()
    assert {"pgdata", "models", "adapters"} <= set(spec["volumes"])
    for name in ("vllm-gpu", "vllm-cpu"):
        mounts = {v.split(":")[1]: v.split(":")[0] for v in spec["services"][name]["volumes"]}
        assert mounts["/models"] == "models" and mounts["/adapters"] == "adapters"
    for name in ("migrate", "bot"):
        assert spec["services"][name]["env_file"] in (".env", [".env"])


def test_compose_vllm_services_answer_at_the_url_the_bot_is_given() -> None:
    services = compose()["services"]
    url = urlsplit(services["bot"]["environment"]["GREETBOT_LLM_BASE_URL"])
    for name in ("vllm-gpu", "vllm-cpu"):
        assert url.hostname in services[name]["networks"]["default"]["aliases"]
        assert flags([str(a) for a in services[name]["command"]])["--port"] == [str(url.port)]


def test_compose_bot_and_migration_use_postgresql_through_asyncpg() -> None:
    services = compose()["services"]
    for name in ("migrate", "bot"):
        url = services[name]["environment"]["GREETBOT_DATABASE_URL"]
        assert url.startswith("postgresql+asyncpg://") and "@postgres:5432/greetbot" in url


# === settings ================================================================================================

def greetbot_vars_by_source() -> dict[str, set[str]]:
    spec = compose()
    manifests = k8s_manifests() + [Manifest(p, i, d) for p in sorted(patch_files())
                                   for i, d in enumerate(load_yaml_docs(p))]
    k8s_vars: set[str] = set()
    for m in manifests:
        if m.kind == "ConfigMap":
            k8s_vars |= set(m.doc.get("data", {}))
        if m.kind == "Secret":
            k8s_vars |= set(m.doc.get("stringData", {})) | set(m.doc.get("data", {}))
        if m.kind in WORKLOAD_KINDS:
            for c in all_containers(pod_spec(m.doc)):
                k8s_vars |= {e["name"] for e in c.get("env", [])}
    dockerfile_env = {m.group(1) for stage in dockerfile_stages() for i in stage if i.keyword == "ENV"
                      for m in re.finditer(r"(\w+)=", i.args)}
    sources = {
        "compose": {k for s in spec["services"].values() for k in s.get("environment", {})},
        ".env.example": {name for name, _, _ in env_example()},
        "k8s": k8s_vars,
        "Dockerfile": dockerfile_env,
    }
    return {where: {v for v in names if v.startswith("GREETBOT_")} for where, names in sources.items()}


def test_every_greetbot_variable_set_anywhere_is_a_settings_field() -> None:
    by_source = greetbot_vars_by_source()
    for where, names in by_source.items():
        assert names, f"no GREETBOT_* variable found in {where}: the check would be empty"
        assert names <= SETTINGS_VARS, f"{where} sets variables Settings does not have: {names - SETTINGS_VARS}"


def test_env_example_lists_every_settings_field_once_each_with_a_comment() -> None:
    entries = [(name, comments) for name, _, comments in env_example() if name.startswith("GREETBOT_")]
    names = [name for name, _ in entries]
    assert sorted(names) == sorted(SETTINGS_VARS)
    for name, comments in entries:
        assert comments and any(comments), f"{name} has no comment saying what it does"


def test_env_example_leaves_every_secret_empty() -> None:
    values = {name: value for name, value, _ in env_example()}
    secrets = {f"GREETBOT_{f.upper()}" for f in SECRET_FIELDS} | {"POSTGRES_PASSWORD"}
    assert secrets <= set(values)
    for name in secrets:
        assert values[name] in ("", NOT_A_SECRET.get(name)), f"{name} carries a value"


def test_env_example_parses_as_settings_with_the_codes_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SETTINGS_VARS:
        monkeypatch.delenv(name, raising=False)
    example = Settings(_env_file=DEPLOY / ".env.example")
    default = Settings(_env_file=None)
    # What deployment changes on purpose: vLLM's address and the image's data directory.
    deployed = {"llm_base_url", "data_dir"}
    for field in Settings.model_fields:
        if field in SECRET_FIELDS | deployed:
            continue
        # An empty value is how the example leaves an optional setting unset.
        value = getattr(example, field)
        assert (None if value == "" else value) == getattr(default, field), f"{field}: the example drifted"
    assert not example.database_url


# === Kubernetes ==============================================================================================

@pytest.mark.parametrize("manifest", k8s_manifests(), ids=lambda m: m.id)
def test_k8s_manifest_validates_against_the_pinned_kubernetes_schema(manifest: Manifest) -> None:
    group = manifest.doc["apiVersion"].split("/")[0]
    if group in CRD_GROUPS:
        pytest.skip(f"{manifest.doc['apiVersion']} {manifest.kind} is a custom resource: no schema to check")
    kubernetes_validate.validate(manifest.doc, K8S_VERSION, strict=True)


def test_the_strict_validator_rejects_a_misspelled_field() -> None:
    broken = json.loads(json.dumps(find("Deployment", "greetbot")))
    broken["spec"]["replica"] = broken["spec"].pop("replicas")
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, K8S_VERSION, strict=True)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_overlay_builds_with_kustomize_into_valid_objects_in_the_greetbot_namespace(overlay: str) -> None:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl (with its built-in kustomize) is not installed")
    built = subprocess.run([kubectl, "kustomize", str(K8S / "overlays" / overlay)], capture_output=True,
                           text=True, timeout=60, check=True).stdout
    docs = [d for d in yaml.safe_load_all(built) if d]
    kinds = {d["kind"] for d in docs}
    assert {"Deployment", "Job", "Service", "Ingress", "HorizontalPodAutoscaler"} <= kinds
    assert "Secret" not in kinds
    for doc in docs:
        if doc["kind"] != "Namespace":
            assert doc["metadata"].get("namespace") == "greetbot", f"{doc['kind']}/{doc['metadata']['name']}"
        if doc["apiVersion"].split("/")[0] not in CRD_GROUPS:
            kubernetes_validate.validate(doc, K8S_VERSION, strict=True)
    bot = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "greetbot")
    for c in all_containers(pod_spec(bot)):
        assert "GREETBOT_DATABASE_URL" in {e["name"] for e in c.get("env", [])}, c["name"]
        assert is_pinned(c["image"]), c["image"]


def test_kustomizations_reference_existing_files_and_define_no_secret() -> None:
    for kfile in kustomization_files():
        spec = yaml.safe_load(kfile.read_text(encoding="utf-8"))
        assert "secretGenerator" not in spec, kfile
        for entry in [*spec.get("resources", []), *spec.get("components", []),
                      *(p["path"] for p in spec.get("patches", []))]:
            assert (kfile.parent / entry).exists(), f"{kfile}: {entry} does not exist"
    example = (K8S / "examples" / "secret.example.yaml").resolve()
    for overlay in OVERLAYS:
        files = referenced_files(K8S / "overlays" / overlay)
        assert example not in files
        assert all(d["kind"] != "Secret" for f in files for d in load_yaml_docs(f))


def test_secret_references_name_secrets_and_keys_the_example_documents() -> None:
    examples = {d["metadata"]["name"]: set(d["stringData"]) for d in load_yaml_docs(K8S / "examples" / "secret.example.yaml")}
    docs = [m.doc for m in k8s_manifests()] + [d for p in patch_files() for d in load_yaml_docs(p)]
    refs = 0
    for doc in docs:
        if doc["kind"] not in WORKLOAD_KINDS:
            continue
        for c in all_containers(pod_spec(doc)):
            for source in c.get("envFrom", []):
                if "secretRef" in source:
                    assert source["secretRef"]["name"] in examples
                    refs += 1
            for env in c.get("env", []):
                ref = env.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    assert ref["key"] in examples[ref["name"]], ref
                    refs += 1
    assert refs


def test_overlay_patches_target_base_workloads_and_their_greetbot_containers() -> None:
    objects = base_objects()
    for overlay in OVERLAYS:
        kfile = K8S / "overlays" / overlay / "kustomization.yaml"
        patched: dict[str, set[str]] = {}
        for patch in yaml.safe_load(kfile.read_text(encoding="utf-8"))["patches"]:
            doc = load_yaml_docs(kfile.parent / patch["path"])[0]
            target = objects[(doc["kind"], doc["metadata"]["name"])]
            target_names = {c["name"] for c in all_containers(pod_spec(target))}
            names = {c["name"] for c in all_containers(pod_spec(doc))}
            # A name the target lacks would add a container with no image instead of patching one.
            assert names <= target_names, f"{overlay}: {names - target_names}"
            patched[doc["metadata"]["name"]] = names
            for c in all_containers(pod_spec(doc)):
                env = [e["name"] for e in c["env"]]
                assert "GREETBOT_DATABASE_URL" in env
        # Every container of ours (the init container too) gets the database URL.
        for (kind, name), obj in objects.items():
            if kind in WORKLOAD_KINDS:
                ours = {c["name"] for c in all_containers(pod_spec(obj)) if c["image"] == BOT_IMAGE}
                assert ours <= patched.get(name, set()), f"{overlay}: {name} {ours}"


def test_production_reads_the_database_url_from_the_secret_and_trial_from_its_own_postgres() -> None:
    prod = load_yaml_docs(K8S / "overlays" / "production" / "database-url-bot.yaml")[0]
    for c in all_containers(pod_spec(prod)):
        url = next(e for e in c["env"] if e["name"] == "GREETBOT_DATABASE_URL")
        assert url["valueFrom"]["secretKeyRef"]["name"] == "greetbot-secrets"
    trial = load_yaml_docs(K8S / "overlays" / "trial" / "database-url-bot.yaml")[0]
    for c in all_containers(pod_spec(trial)):
        names = [e["name"] for e in c["env"]]
        url = c["env"][names.index("GREETBOT_DATABASE_URL")]["value"]
        assert url.startswith("postgresql+asyncpg://") and "@postgres:5432/greetbot" in url
        # $(VAR) expands only from variables defined earlier in the list.
        assert names.index("POSTGRES_PASSWORD") < names.index("GREETBOT_DATABASE_URL")


def test_postgres_runs_in_the_trial_overlay_only() -> None:
    def runs_postgres(files: set[Path]) -> bool:
        return any(d["kind"] == "StatefulSet" and "postgres" in c["image"]
                   for f in files for d in load_yaml_docs(f) if d["kind"] in WORKLOAD_KINDS
                   for c in all_containers(pod_spec(d)))

    assert runs_postgres(referenced_files(K8S / "overlays" / "trial"))
    assert not runs_postgres(referenced_files(K8S / "overlays" / "production"))
    assert not runs_postgres(referenced_files(BASE))


def test_bot_runs_two_replicas_probed_on_readyz_and_healthz_with_requests_and_limits() -> None:
    bot = find("Deployment", "greetbot")
    assert bot["spec"]["replicas"] == 2
    container = next(c for c in pod_spec(bot)["containers"] if c["name"] == "bot")
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    for c in all_containers(pod_spec(bot)):
        assert {"cpu", "memory"} <= set(c["resources"]["requests"]) and {"cpu", "memory"} <= set(
            c["resources"]["limits"]), c["name"]
    assert pod_spec(bot)["securityContext"]["runAsNonRoot"] is True


def test_probes_and_healthchecks_hit_routes_the_app_serves(app_routes: set[str]) -> None:
    paths = []
    for m, c in containers_of(k8s_manifests()):
        if c["image"] == BOT_IMAGE:
            paths += [c[p]["httpGet"]["path"] for p in ("readinessProbe", "livenessProbe", "startupProbe")
                      if p in c]
    paths.append(url_path(" ".join(compose()["services"]["bot"]["healthcheck"]["test"])))
    paths.append(url_path(next(i.args for i in dockerfile_stages()[-1] if i.keyword == "HEALTHCHECK")))
    assert {"/readyz", "/healthz"} <= set(paths)
    assert set(paths) <= app_routes
    assert "/metrics" in app_routes


def test_ingress_routes_exactly_the_platform_webhooks_to_the_bot_service() -> None:
    ingress = find("Ingress", "greetbot")
    service = find("Service", "greetbot")
    routes = [p for rule in ingress["spec"]["rules"] for p in rule["http"]["paths"]]
    assert {p["path"] for p in routes} == adapter_paths()
    port_names = {p["name"] for p in service["spec"]["ports"]}
    for p in routes:
        assert p["backend"]["service"]["name"] == "greetbot"
        assert p["backend"]["service"]["port"]["name"] in port_names


def test_bot_service_and_disruption_budget_select_the_bot_pods() -> None:
    labels = find("Deployment", "greetbot")["spec"]["template"]["metadata"]["labels"]
    pdb = find("PodDisruptionBudget", "greetbot")
    assert pdb["spec"]["minAvailable"] == 1
    assert pdb["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert find("Service", "greetbot")["spec"]["selector"].items() <= labels.items()


def test_migration_job_upgrades_the_schema_and_retries() -> None:
    job = find("Job", "greetbot-migrate")
    (container,) = pod_spec(job)["containers"]
    assert container["command"] == ["greetbot", "db", "upgrade"]
    assert pod_spec(job)["restartPolicy"] in ("OnFailure", "Never")
    assert job["spec"]["backoffLimit"] >= 1


def test_bot_is_configured_for_the_vllm_service_and_its_adapter() -> None:
    config = find("ConfigMap", "greetbot-config")["data"]
    url = urlsplit(config["GREETBOT_LLM_BASE_URL"])
    service = find("Service", url.hostname or "")
    assert url.port in {p["port"] for p in service["spec"]["ports"]}
    args = flags(pod_spec(find("Deployment", "model-server"))["containers"][0]["args"])
    served = {module.split("=", 1)[0] for module in args["--lora-modules"]}
    assert config["GREETBOT_LLM_MODEL"] in served


def test_vllm_runs_on_a_gpu_node_with_weights_and_adapters_from_volumes() -> None:
    spec = pod_spec(find("Deployment", "model-server"))
    assert spec["nodeSelector"]
    assert any(t["key"] == "nvidia.com/gpu" for t in spec["tolerations"])
    (container,) = spec["containers"]
    assert container["resources"]["limits"]["nvidia.com/gpu"] == "1"
    assert {p["httpGet"]["path"] for p in (container["startupProbe"], container["readinessProbe"],
                                           container["livenessProbe"])} == {"/health"}
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    claims = {v["name"]: v["persistentVolumeClaim"]["claimName"] for v in spec["volumes"]
              if "persistentVolumeClaim" in v}
    for path in ("/models", "/adapters"):
        find("PersistentVolumeClaim", claims[mounts[path]])
    assert "/dev/shm" in mounts


def test_vllm_pods_get_no_service_links_and_no_service_is_named_vllm() -> None:
    # Kubernetes would set VLLM_PORT=tcp://... from a Service named vllm; vLLM reads it as its own setting.
    assert pod_spec(find("Deployment", "model-server"))["enableServiceLinks"] is False
    assert not any(kind == "Service" and name == "vllm" for kind, name in base_objects())


def test_vllm_is_autoscaled_on_its_waiting_queue() -> None:
    hpa = find("HorizontalPodAutoscaler", "model-server")
    target = hpa["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", "model-server")
    (metric,) = hpa["spec"]["metrics"]
    assert metric["type"] == "Pods" and "num_requests_waiting" in metric["pods"]["metric"]["name"]
    assert 1 <= hpa["spec"]["minReplicas"] < hpa["spec"]["maxReplicas"]
    # A `replicas` field in the Deployment would undo the autoscaler's choice on every apply.
    assert "replicas" not in find("Deployment", "model-server")["spec"]


@pytest.mark.parametrize("server", vllm_servers(), ids=lambda s: s.where)
def test_vllm_gets_the_flags_greetbot_model_serve_would_give_it(server: VllmServer) -> None:
    expected, expected_env = launcher_flags(server.profile)
    given = {k: normalized(v) for k, v in flags(server.argv).items() if k not in DEPLOYMENT_FLAGS}
    assert given == expected
    assert flags(server.argv)[""], "the model directory is the first argument"
    assert set(expected_env) <= set(server.env)
    assert server.env["VLLM_ALLOW_RUNTIME_LORA_UPDATING"] == expected_env["VLLM_ALLOW_RUNTIME_LORA_UPDATING"]


# === commands ================================================================================================

@pytest.mark.parametrize("where,args", invocations(), ids=lambda v: v if isinstance(v, str) else " ".join(v))
def test_commands_the_deployment_runs_exist_in_the_cli(where: str, args: list[str]) -> None:
    import bot.cli.main

    command: Any = typer.main.get_command(bot.cli.main.app)
    words = [a for a in args if not a.startswith("-")]
    options = [a.split("=", 1)[0] for a in args if a.startswith("--")]
    if words[:1] == ["db"] and "db" not in command.commands:
        pytest.skip("the `greetbot db` group is not in the CLI yet")
    for word in words:
        if not hasattr(command, "commands"):
            break  # an argument of the command itself
        assert word in command.commands, f"{where}: `greetbot {' '.join(args)}`: no command {word!r}"
        command = command.commands[word]
    known = {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}
    assert set(options) <= known, f"{where}: unknown options {set(options) - known}"


def test_the_bot_serves_on_all_interfaces_at_8080_everywhere() -> None:
    serve = [args for _, args in invocations() if args[:1] == ["serve"]]
    assert len(serve) >= 3  # compose, k8s, Dockerfile
    for args in serve:
        assert args == ["serve", "--host", "0.0.0.0", "--port", "8080"]


# === images ==================================================================================================

def images() -> list[tuple[str, str]]:
    found = [(f"compose {name}", str(s["image"])) for name, s in compose()["services"].items()]
    found += [(f"k8s {m.name}/{c['name']}", c["image"]) for m, c in containers_of(k8s_manifests())
              if c["image"] != BOT_IMAGE]
    for kfile in kustomization_files():
        for entry in yaml.safe_load(kfile.read_text(encoding="utf-8")).get("images", []):
            ref = f"{entry.get('newName', entry['name'])}:{entry['newTag']}" if "newTag" in entry else (
                f"{entry.get('newName', entry['name'])}@{entry['digest']}" if "digest" in entry else entry["name"])
            found.append((f"{kfile.relative_to(K8S)} images", ref))
    stage_names = set()
    for stage in dockerfile_stages():
        image, *rest = stage[0].args.split()
        if image not in stage_names:
            found.append(("Dockerfile FROM", image))
        if len(rest) == 2 and rest[0].upper() == "AS":
            stage_names.add(rest[1])
    return found


@pytest.mark.parametrize("where,image", images(), ids=lambda v: v)
def test_every_image_is_pinned(where: str, image: str) -> None:
    assert is_pinned(image), f"{where}: {image} is not pinned to a version"


def test_the_bots_bare_image_name_gets_a_tag_from_kustomize() -> None:
    base = yaml.safe_load((BASE / "kustomization.yaml").read_text(encoding="utf-8"))
    assert any(entry["name"] == BOT_IMAGE and "newTag" in entry for entry in base["images"])
    assert any(c["image"] == BOT_IMAGE for _, c in containers_of(k8s_manifests()))


# === Dockerfile ==============================================================================================

def test_dockerfile_builds_in_stages_from_a_pinned_python_311_slim() -> None:
    stages = dockerfile_stages()
    assert len(stages) >= 2
    for stage in stages:
        image = stage[0].args.split()[0]
        assert image.startswith("python:3.11") and "slim" in image and is_pinned(image)


def test_dockerfile_installs_the_package_without_the_model_extra() -> None:
    builder = " ".join(i.args for i in dockerfile_stages()[0] if i.keyword == "RUN")
    assert "pip install" in builder and "python -m venv" in builder
    assert "[model]" not in builder and ".[" not in builder


def test_dockerfile_final_stage_has_only_the_venv_runs_unprivileged_and_is_healthchecked() -> None:
    final = dockerfile_stages()[-1]
    by_keyword: dict[str, list[str]] = {}
    for i in final:
        by_keyword.setdefault(i.keyword, []).append(i.args)
    assert all(args.startswith("--from=") and "/opt/venv" in args for args in by_keyword["COPY"])
    user = by_keyword["USER"][-1].split(":")[0]
    assert user not in ("root", "0")
    assert by_keyword["EXPOSE"] == ["8080"]
    assert "/healthz" in by_keyword["HEALTHCHECK"][0]
    assert json.loads(by_keyword["CMD"][0])[:2] == ["greetbot", "serve"]
    # USER comes before CMD, so nothing after it runs as root.
    keywords = [i.keyword for i in final]
    assert keywords.index("USER") < keywords.index("CMD")


def dockerignored(path: str) -> bool:
    """Docker's rule: the last pattern matching the path or one of its parents decides; `!` re-includes."""
    patterns = [line.strip() for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")]
    parts = path.split("/")
    prefixes = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
    excluded = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        regex = re.escape(pattern.lstrip("!")).replace(r"\*\*/", "(?:.*/)?").replace(r"\*", "[^/]*")
        if any(re.fullmatch(regex, prefix) for prefix in prefixes):
            excluded = not negate
    return excluded


def test_dockerignore_keeps_secrets_venvs_and_data_out_and_the_package_in() -> None:
    for path in (".env", "deploy/.env", ".venv/bin/python", ".venv-vllm/bin/python", ".git/HEAD",
                 "data/greetbot.db", "tests/test_app.py", "bot/service/__pycache__/app.cpython-311.pyc"):
        assert dockerignored(path), f"{path} would be sent to the build"
    for path in ("pyproject.toml", "README.md", "bot/service/app.py", "bot/storage/migrations/env.py", "bot/storage/migrations/versions/0001_conversations_inbox.py", "adapters/telegram.py",
                 "model_server/serve.py"):
        assert not dockerignored(path), f"{path} is needed by `pip install .`"
