import { checkDeployment, readDeploymentFiles, type DeploymentFiles } from "../scripts/deploy-check";

/** The committed deployment files with one change made in memory. */
const mutated = (change: (files: DeploymentFiles) => Partial<DeploymentFiles>): DeploymentFiles => {
  const files = readDeploymentFiles();
  return { ...files, ...change(files) };
};
const withK8s = (file: string, edit: (text: string) => string) => (files: DeploymentFiles) => ({ k8s: { ...files.k8s, [file]: edit(files.k8s[file]!) } });

describe("npm run deploy:check", () => {
  it("passes on the committed Dockerfile, compose file and Kubernetes manifests", async () => {
    expect(await checkDeployment()).toEqual([]);
  });

  it.each<[string, (files: DeploymentFiles) => Partial<DeploymentFiles>, RegExp]>([
    [
      "a Deployment whose container port is not a number",
      withK8s("10-customs.yaml", (t) => t.replace("containerPort: 4101", "containerPort: four-one-zero-one")),
      /Deployment customs: .*containerPort/,
    ],
    [
      "a Deployment without containers",
      withK8s("10-ciq.yaml", (t) => t.replace(/containers:\n {8}- name: ciq/, "containers:\n        - nom: ciq")),
      /Deployment ciq: .*name/,
    ],
    [
      "an HPA whose minimum is not a number",
      withK8s("20-gateway.yaml", (t) => t.replace("minReplicas: 2", "minReplicas: two")),
      /HorizontalPodAutoscaler gateway: .*minReplicas/,
    ],
    [
      "an HPA whose CPU target is a share of a small request",
      withK8s("10-customs.yaml", (t) => t.replace(/type: AverageValue\n( +)averageValue: 700m/, "type: Utilization\n$1averageUtilization: 70")),
      /HorizontalPodAutoscaler customs scales out at 0\.49 CPU per replica/,
    ],
    [
      "an HPA whose CPU target is above the container's limit",
      withK8s("10-ciq.yaml", (t) => t.replace('cpu: "1"', "cpu: 600m")),
      /HorizontalPodAutoscaler ciq scales out at 0\.7 CPU per replica, above the container's limit 0\.6 CPU/,
    ],
    [
      "a CPU request below the autoscaler's target",
      withK8s("10-finance.yaml", (t) => t.replace("cpu: 700m", "cpu: 250m")),
      /Deployment finance requests 0\.25 CPU, less than the 0\.7 CPU its autoscaler holds a replica at/,
    ],
    [
      "a readiness probe on /health",
      withK8s("10-finance.yaml", (t) => t.replace("path: /ready", "path: /health")),
      /finance's readiness probe does not ask \/ready/,
    ],
    [
      "a port that disagrees with lib/config",
      withK8s("10-credit.yaml", (t) => t.replace('value: "4103"', 'value: "4203"')),
      /Deployment credit sets PORT 4203, lib\/config says 4103/,
    ],
    [
      "a department without its Deployment",
      (files) => ({ k8s: Object.fromEntries(Object.entries(files.k8s).filter(([file]) => file !== "10-logistics.yaml")) }),
      /no Deployment logistics/,
    ],
    [
      "a real value in the Secret template",
      withK8s("01-secret.yaml", (t) => t.replace(/JWT_SECRET: ".*"/, 'JWT_SECRET: "abcdefghijabcdefghijabcdefghij123"')),
      /has a value for JWT_SECRET/,
    ],
    [
      "a department without its database URL",
      withK8s("10-customs.yaml", (t) => t.replace("DATABASE_URL_CUSTOMS", "DATABASE_URL_CUSTOM")),
      /customs lacks DATABASE_URL_CUSTOMS/,
    ],
    [
      "a compose condition the specification does not have",
      (f) => ({ compose: f.compose.replace("condition: service_completed_successfully", "condition: finished") }),
      /compose\.yaml: .*Compose Specification/,
    ],
    [
      "a compose service without the migration job",
      (f) => ({ compose: f.compose.replace(/ {6}migrate:\n {8}condition: service_completed_successfully\n/, "") }),
      /does not wait for the migrate job/,
    ],
    ["one replica of customs", (f) => ({ compose: f.compose.replace("replicas: 2", "replicas: 1") }), /customs runs 1 replica/],
    [
      "a secret written into compose",
      (f) => ({ compose: f.compose.replace("      GATEWAY_URL: http://gateway:4000/\n", '      GATEWAY_URL: http://gateway:4000/\n      JWT_SECRET: "x"\n') }),
      /sets JWT_SECRET in the file/,
    ],
    ["a single-stage Dockerfile", (f) => ({ dockerfile: f.dockerfile.replace(/^FROM \$\{NODE_IMAGE\} AS build$/m, "") }), /not multi-stage/],
    ["a Dockerfile running as root", (f) => ({ dockerfile: f.dockerfile.replace("USER 1000:1000", "USER root") }), /runs as root/],
    ["npm install instead of npm ci", (f) => ({ dockerfile: f.dockerfile.replace("RUN npm ci", "RUN npm install") }), /never npm install/],
    ["a Node 22 base", (f) => ({ dockerfile: f.dockerfile.replace("node:24-bookworm-slim", "node:22-bookworm-slim") }), /not Node 24/],
  ])("fails on %s", async (_case, change, expected) => {
    const problems = await checkDeployment(mutated(change));
    expect(problems.join("\n")).toMatch(expected);
  });
});
