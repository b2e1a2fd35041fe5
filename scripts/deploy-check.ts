/**
 * `npm run deploy:check`: validates the deployment files as far as a machine without images can. Every
 * Kubernetes object of deploy/k8s against the API's schemas (kubernetes-models), deploy/compose.yaml against
 * the Compose Specification's JSON schema (vendored in deploy/schemas), deploy/Dockerfile against our rules,
 * and all of them against the code: every department has its services, ports agree with lib/config, every
 * variable a service needs is given to it. Prints each problem and exits 1 when there is one.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { parse, parseAllDocuments } from "yaml";
import { systemPorts, type ServiceName } from "../lib/config";
import { databaseUrlVariable, DEPARTMENTS } from "../lib/departments";
import { ROOT } from "../lib/paths";

export interface DeploymentFiles {
  dockerfile: string;
  compose: string;
  /** deploy/secrets.env.example: the names of the variables compose takes from the uncommitted secrets.env. */
  composeSecretsExample: string;
  /** deploy/k8s/*.yaml by file name. */
  k8s: Record<string, string>;
  composeSchema: object;
}

export const DEPLOY_DIR = path.join(ROOT, "deploy");

export function readDeploymentFiles(dir = DEPLOY_DIR): DeploymentFiles {
  const read = (...parts: string[]) => readFileSync(path.join(dir, ...parts), "utf8");
  return {
    dockerfile: read("Dockerfile"),
    compose: read("compose.yaml"),
    composeSecretsExample: read("secrets.env.example"),
    k8s: Object.fromEntries(
      readdirSync(path.join(dir, "k8s"))
        .filter((file) => /\.ya?ml$/.test(file))
        .sort()
        .map((file) => [file, read("k8s", file)]),
    ),
    composeSchema: JSON.parse(read("schemas", "compose-spec.json")) as object,
  };
}

type Model = new (data: object) => { validate(): void };

/** The kinds we deploy, each with its kubernetes-models class (ES modules only: loaded with import()). */
const MODELS: Record<string, () => Promise<Model>> = {
  "v1/Namespace": async () => (await import("kubernetes-models/v1/Namespace")).Namespace as Model,
  "v1/Secret": async () => (await import("kubernetes-models/v1/Secret")).Secret as Model,
  "v1/ConfigMap": async () => (await import("kubernetes-models/v1/ConfigMap")).ConfigMap as Model,
  "v1/Service": async () => (await import("kubernetes-models/v1/Service")).Service as Model,
  "apps/v1/Deployment": async () => (await import("kubernetes-models/apps/v1/Deployment")).Deployment as Model,
  "batch/v1/Job": async () => (await import("kubernetes-models/batch/v1/Job")).Job as Model,
  "autoscaling/v2/HorizontalPodAutoscaler": async () =>
    (await import("kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler")).HorizontalPodAutoscaler as Model,
  "policy/v1/PodDisruptionBudget": async () => (await import("kubernetes-models/policy/v1/PodDisruptionBudget")).PodDisruptionBudget as Model,
};

const SERVICES: readonly ServiceName[] = [...DEPARTMENTS, "gateway"];

/**
 * What each service must be given (`A|B`: one of them), beyond what the image sets: lib/config.ts and
 * gateway/config.ts refuse to start without these in production, or run unsafely (in memory, bound to
 * 127.0.0.1). CEB_SIGNATURES=required is production's setting for CEB XML signatures.
 */
export function requiredVariables(service: ServiceName | "migrate"): string[] {
  if (service === "migrate") return DEPARTMENTS.map(databaseUrlVariable);
  const common = ["TRADEGRAPH_CONTEXT_SECRET", "PORT", "HOST", "NODE_ENV", "CEB_SIGNATURES"];
  if (service === "gateway") return [...common, "JWT_SECRET|JWT_JWKS_URL", "REDIS_URL", ...DEPARTMENTS.map((d) => `SUBGRAPH_URL_${d.toUpperCase()}`)];
  return [...common, databaseUrlVariable(service), "GATEWAY_URL"];
}

const missing = (given: Set<string>, required: string[]) => required.filter((names) => !names.split("|").some((name) => given.has(name)));

type Json = Record<string, unknown>;
const object = (value: unknown): Json => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {});
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The final stage's ENV names, which every container of the image has. */
function imageEnvironment(dockerfile: string): Set<string> {
  const stages = dockerfile.split(/^FROM\s/im);
  const last = stages.at(-1) ?? "";
  const names = new Set<string>();
  for (const match of last.replace(/\\\n/g, " ").matchAll(/^ENV\s+(.+)$/gim)) {
    for (const pair of match[1]!.matchAll(/([A-Z_][A-Z0-9_]*)=/g)) names.add(pair[1]!);
  }
  return names;
}

export function checkDockerfile(dockerfile: string): string[] {
  const problems: string[] = [];
  const lines = dockerfile.replace(/\\\n/g, " ").split("\n");
  const args = Object.fromEntries([...dockerfile.matchAll(/^ARG\s+(\w+)=(\S+)/gm)].map((match) => [match[1]!, match[2]!]));
  const froms = lines.filter((line) => /^FROM\s/i.test(line));
  if (froms.length < 2) problems.push("Dockerfile: not multi-stage (one FROM): build and runtime must be separate stages");
  for (const from of froms) {
    const image = from.split(/\s+/)[1]!.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a?: string, b?: string) => args[a ?? b ?? ""] ?? "");
    if (!/^node:24([.-]|$)/.test(image)) problems.push(`Dockerfile: base image ${image} is not Node 24 (node:24…)`);
  }
  const lastFrom = lines.reduce((last, line, index) => (/^FROM\s/i.test(line) ? index : last), 0);
  const lastStage = lines.slice(lastFrom);
  const users = lastStage.filter((line) => /^USER\s/i.test(line)).map((line) => line.split(/\s+/)[1]!.split(":")[0]!);
  if (users.length === 0) problems.push("Dockerfile: the final stage sets no USER: the services would run as root");
  else if (["root", "0"].includes(users.at(-1)!)) problems.push(`Dockerfile: the final stage runs as ${users.at(-1)}`);
  else if (!/^\d+$/.test(users.at(-1)!)) problems.push("Dockerfile: USER must be numeric so that Kubernetes' runAsNonRoot can verify it");
  for (const line of lines.filter((l) => /^RUN\s/i.test(l))) {
    if (/\bnpm\s+(install|i|add)\b/.test(line)) problems.push(`Dockerfile: "${line.trim()}": install with npm ci from the lockfile, never npm install`);
  }
  if (!/^COPY\s[^\n]*package-lock\.json/m.test(dockerfile) || !/^RUN\s+npm ci\b/m.test(dockerfile))
    problems.push("Dockerfile: the build must copy package-lock.json and run npm ci");
  if (!/^HEALTHCHECK\s/m.test(dockerfile)) problems.push("Dockerfile: no HEALTHCHECK");
  return problems;
}

export function checkCompose(files: DeploymentFiles): string[] {
  const problems: string[] = [];
  let compose: Json;
  try {
    compose = object(parse(files.compose, { merge: true }));
  } catch (error) {
    return [`compose.yaml: not YAML: ${(error as Error).message}`];
  }
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  // The schema names its draft as https://json-schema.org/draft-07/schema, an address ajv does not know for
  // the draft-07 meta-schema it has built in: the draft is ajv's default, so the reference is dropped.
  const schema: Json = { ...files.composeSchema };
  delete schema.$schema;
  const validate = ajv.compile(schema);
  if (!validate(compose)) {
    for (const error of validate.errors ?? []) problems.push(`compose.yaml: ${error.instancePath || "/"} ${error.message} (Compose Specification)`);
  }
  const services = object(compose.services);
  const secrets = new Set([...files.composeSecretsExample.matchAll(/^([A-Z_][A-Z0-9_]*)=/gm)].map((match) => match[1]!));
  const image = imageEnvironment(files.dockerfile);
  const environmentOf = (service: Json) => {
    const environment = object(service.environment);
    const fromFiles = array(service.env_file).length > 0 || typeof service.env_file === "string" ? secrets : new Set<string>();
    return { environment, names: new Set([...image, ...Object.keys(environment), ...fromFiles]) };
  };
  const migrate = object(services.migrate);
  if (!services.migrate) problems.push("compose.yaml: no migrate service");
  else {
    for (const name of missing(environmentOf(migrate).names, requiredVariables("migrate"))) problems.push(`compose.yaml: migrate lacks ${name}`);
  }
  for (const name of SERVICES) {
    const service = object(services[name]);
    if (!services[name]) {
      problems.push(`compose.yaml: no service ${name}`);
      continue;
    }
    const { environment, names } = environmentOf(service);
    for (const variable of missing(names, requiredVariables(name))) problems.push(`compose.yaml: ${name} lacks ${variable}`);
    for (const variable of Object.keys(environment)) {
      if (/SECRET|PASSWORD|DATABASE_URL/.test(variable)) problems.push(`compose.yaml: ${name} sets ${variable} in the file: secrets belong in secrets.env`);
    }
    const port = systemPorts({})[name];
    if (String(environment.PORT) !== String(port)) problems.push(`compose.yaml: ${name} listens on PORT ${String(environment.PORT)}, lib/config says ${port}`);
    const test = array(object(service.healthcheck).test).join(" ");
    if (!test.includes(`:${port}/ready`)) problems.push(`compose.yaml: ${name}'s healthcheck does not ask /ready on port ${port}`);
    if (name !== "gateway") {
      const condition = object(object(service.depends_on).migrate).condition;
      if (condition !== "service_completed_successfully") problems.push(`compose.yaml: ${name} does not wait for the migrate job to complete successfully`);
    }
  }
  for (const name of ["customs", "logistics"]) {
    const replicas = Number(object(object(services[name]).deploy).replicas ?? 1);
    if (replicas < 2) problems.push(`compose.yaml: ${name} runs ${replicas} replica(s), the topology has 2`);
  }
  return problems;
}

interface K8sObject {
  file: string;
  object: Json;
}

export async function checkKubernetes(files: DeploymentFiles): Promise<string[]> {
  const problems: string[] = [];
  const objects: K8sObject[] = [];
  for (const [file, text] of Object.entries(files.k8s)) {
    for (const document of parseAllDocuments(text)) {
      if (document.errors.length > 0) {
        problems.push(`k8s/${file}: not YAML: ${document.errors[0]!.message}`);
        continue;
      }
      if (document.contents !== null) objects.push({ file, object: object(document.toJS()) });
    }
  }
  for (const { file, object: manifest } of objects) {
    const kind = `${String(manifest.apiVersion)}/${String(manifest.kind)}`;
    const name = `k8s/${file}: ${kind} ${String(object(manifest.metadata).name)}`;
    const load = MODELS[kind];
    if (!load) {
      problems.push(`${name}: a kind deploy:check does not know; add its kubernetes-models class`);
      continue;
    }
    const Model = await load();
    try {
      new Model(manifest).validate();
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message.split("\n").slice(0, 3).join(" ")}`);
    }
  }
  const byKind = (kind: string) => objects.filter(({ object: o }) => o.kind === kind).map(({ object: o }) => o);
  const named = (kind: string, name: string) => byKind(kind).find((o) => object(o.metadata).name === name);
  const configMaps = byKind("ConfigMap");
  const secrets = byKind("Secret");
  for (const secret of secrets) {
    for (const [key, value] of Object.entries({ ...object(secret.stringData), ...object(secret.data) })) {
      if (!/^<.*>$/s.test(String(value)))
        problems.push(`k8s: Secret ${String(object(secret.metadata).name)} has a value for ${key}: commit placeholders (<…>) only`);
    }
  }
  const containerEnvironment = (container: Json) => {
    const names = new Set<string>(imageEnvironment(files.dockerfile));
    for (const entry of array(container.env)) names.add(String(object(entry).name));
    for (const source of array(container.envFrom)) {
      const reference = String(object(object(source).configMapRef).name ?? object(object(source).secretRef).name);
      const found = [...configMaps, ...secrets].find((o) => object(o.metadata).name === reference);
      if (!found) problems.push(`k8s: envFrom names ${reference}, which no manifest defines`);
      for (const key of Object.keys({ ...object(found?.data), ...object(found?.stringData) })) names.add(key);
    }
    return names;
  };
  const podContainers = (workload: Json | undefined) => array(object(object(object(workload?.spec).template).spec).containers).map(object);

  const job = byKind("Job").find((o) => podContainers(o).some((c) => array(c.args).join(" ").includes("dist/scripts/migrate.js")));
  if (!job) problems.push("k8s: no Job runs dist/scripts/migrate.js");
  else
    for (const variable of missing(containerEnvironment(podContainers(job)[0]!), requiredVariables("migrate")))
      problems.push(`k8s: the migration Job lacks ${variable}`);

  for (const name of SERVICES) {
    const deployment = named("Deployment", name);
    if (!deployment) {
      problems.push(`k8s: no Deployment ${name}`);
      continue;
    }
    const port = systemPorts({})[name];
    const container = podContainers(deployment)[0] ?? {};
    const env = Object.fromEntries(array(container.env).map((entry) => [String(object(entry).name), object(entry).value]));
    if (String(env.PORT) !== String(port)) problems.push(`k8s: Deployment ${name} sets PORT ${String(env.PORT)}, lib/config says ${port}`);
    if (!array(container.ports).some((p) => object(p).containerPort === port)) problems.push(`k8s: Deployment ${name} does not expose containerPort ${port}`);
    for (const variable of missing(containerEnvironment(container), requiredVariables(name))) problems.push(`k8s: Deployment ${name} lacks ${variable}`);
    const probePath = (probe: string) => object(object(container[probe]).httpGet).path;
    if (probePath("readinessProbe") !== "/ready") problems.push(`k8s: Deployment ${name}'s readiness probe does not ask /ready`);
    if (probePath("livenessProbe") !== "/health") problems.push(`k8s: Deployment ${name}'s liveness probe does not ask /health`);
    const resources = object(container.resources);
    if (!resources.requests || !resources.limits) problems.push(`k8s: Deployment ${name} has no resource requests and limits`);
    const podSecurity = object(object(object(object(deployment.spec).template).spec).securityContext);
    if (podSecurity.runAsNonRoot !== true) problems.push(`k8s: Deployment ${name} does not require runAsNonRoot`);
    if (object(container.securityContext).readOnlyRootFilesystem !== true) problems.push(`k8s: Deployment ${name}'s root filesystem is writable`);
    const service = named("Service", name);
    if (!service || !array(object(service.spec).ports).some((p) => object(p).port === port)) problems.push(`k8s: no Service ${name} on port ${port}`);
    const hpa = byKind("HorizontalPodAutoscaler").find((o) => object(object(o.spec).scaleTargetRef).name === name);
    if (!hpa) problems.push(`k8s: no HorizontalPodAutoscaler for ${name}`);
    else problems.push(...checkCpuTarget(name, hpa, resources));
    const labels = object(object(object(object(deployment.spec).template).metadata).labels);
    const pdb = byKind("PodDisruptionBudget").find((o) => {
      const selector = object(object(object(o.spec).selector).matchLabels);
      return Object.keys(selector).length > 0 && Object.entries(selector).every(([key, value]) => labels[key] === value);
    });
    if (!pdb) problems.push(`k8s: no PodDisruptionBudget selects ${name}'s pods`);
  }
  return problems;
}

/** A Kubernetes CPU quantity ("250m", "1", "0.5", ".5", "1e0") in CPUs; NaN when it is not one (or absent). */
function cpus(quantity: unknown): number {
  const match = /^\+?((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(m?)$/.exec(String(quantity));
  if (!match) return Number.NaN;
  return Number(match[1]) / (match[2] ? 1000 : 1);
}

/**
 * The CPU a replica is scaled out at, in CPUs, must be what the capacity model assumes: a replica runs its
 * JavaScript on one thread, so the target lies between half a CPU and one CPU (below, replicas are added while
 * most of their CPU is idle; above, never before they are saturated); the scheduler must reserve it (a request
 * below it packs nodes with replicas that, at the target, want more than the node has); and the container's
 * limit must allow it (above it the limit throttles the replica before the autoscaler sees it busy). An
 * `Utilization` target is a share of the container's request, not of a CPU: 70% of a 250m request is 0.175 CPU.
 */
function checkCpuTarget(name: string, hpa: Record<string, unknown>, resources: Record<string, unknown>): string[] {
  const metric = array(object(hpa.spec).metrics)
    .map((entry) => object(object(entry).resource))
    .find((resource) => resource.name === "cpu");
  if (!metric) return [`k8s: HorizontalPodAutoscaler ${name} does not scale on CPU`];
  const target = object(metric.target);
  const request = cpus(object(resources.requests).cpu);
  const limit = cpus(object(resources.limits).cpu);
  if (Number.isNaN(request) || Number.isNaN(limit)) return [`k8s: Deployment ${name} has no CPU request and limit as quantities`];
  const perReplica =
    target.type === "AverageValue"
      ? cpus(target.averageValue)
      : target.type === "Utilization"
        ? (Number(target.averageUtilization) / 100) * request
        : Number.NaN;
  const cpu = (value: number) => `${Number(value.toFixed(3))} CPU`;
  if (!(perReplica >= 0.5 && perReplica <= 1)) {
    return [`k8s: HorizontalPodAutoscaler ${name} scales out at ${cpu(perReplica)} per replica, not between 0.5 and 1 (one thread of JavaScript)`];
  }
  const problems: string[] = [];
  if (request < perReplica)
    problems.push(`k8s: Deployment ${name} requests ${cpu(request)}, less than the ${cpu(perReplica)} its autoscaler holds a replica at`);
  if (limit < perReplica)
    problems.push(`k8s: HorizontalPodAutoscaler ${name} scales out at ${cpu(perReplica)} per replica, above the container's limit ${cpu(limit)}`);
  return problems;
}

export async function checkDeployment(files: DeploymentFiles = readDeploymentFiles()): Promise<string[]> {
  return [...checkDockerfile(files.dockerfile), ...checkCompose(files), ...(await checkKubernetes(files))];
}

if (require.main === module) {
  checkDeployment()
    .then((problems) => {
      for (const problem of problems) console.error(problem);
      if (problems.length > 0) process.exit(1);
      console.log("deploy/: Dockerfile, compose.yaml and every Kubernetes manifest check out");
    })
    .catch((error: unknown) => {
      console.error("deploy:check failed:", error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
