"""template.yaml as the local runner sees it: functions, routes, gateway responses and resources.

The runner keeps no route list of its own: everything here is read from the SAM template,
with SAM's Globals merged in and CloudFormation intrinsics resolved against the emulated
resources (their local names and ARNs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ACCOUNT_ID = "123456789012"
REGION = "us-east-1"
PARTITION = "aws"


class _CfnLoader(yaml.SafeLoader):
    """A YAML loader that turns CloudFormation short tags (!Ref, !Sub...) into their long form."""


def _tag_constructor(loader: yaml.SafeLoader, tag_suffix: str, node: yaml.Node) -> Any:
    name = "Ref" if tag_suffix == "Ref" else f"Fn::{tag_suffix}"
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
        if tag_suffix == "GetAtt" and isinstance(value, str):
            value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    return {name: value}


_CfnLoader.add_multi_constructor("!", _tag_constructor)


def load_template(path: Path) -> dict[str, Any]:
    with path.open() as fh:
        data = yaml.load(fh, Loader=_CfnLoader)  # noqa: S506 - SafeLoader subclass with CFN tags only
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not a template")
    return data


def _merge(base: Any, override: Any) -> Any:
    """SAM Globals semantics: maps merge, lists concatenate, scalars are overridden."""
    if isinstance(base, dict) and isinstance(override, dict):
        merged = dict(base)
        for key, value in override.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(override, list):
        return base + override
    return override


@dataclass
class RouteSpec:
    path: str  # resource path, e.g. /v1/session/{id}
    method: str  # upper-case, or ANY
    function: str  # logical id
    authorizer: str | None
    timeout_ms: int = 29_000

    def regex(self) -> re.Pattern[str]:
        pattern = ""
        for part in self.path.strip("/").split("/"):
            if part.startswith("{") and part.endswith("+}"):
                pattern += f"/(?P<{part[1:-2]}>.+)"
            elif part.startswith("{") and part.endswith("}"):
                pattern += f"/(?P<{part[1:-1]}>[^/]+)"
            elif part:
                pattern += "/" + re.escape(part)
        return re.compile((pattern or "") + "/?")


@dataclass
class FunctionSpec:
    logical_id: str
    name: str
    code_dir: Path
    handler: str
    environment: dict[str, str]
    timeout_s: int
    memory_mb: int
    log_group: str
    routes: list[RouteSpec] = field(default_factory=list)
    s3_events: list[dict[str, Any]] = field(default_factory=list)
    sqs_events: list[dict[str, Any]] = field(default_factory=list)
    max_retries: int = 2
    max_event_age_s: int = 21_600
    on_failure_arn: str | None = None


@dataclass
class ApiSpec:
    logical_id: str
    stage: str
    binary_media_types: list[str]
    gateway_responses: dict[str, dict[str, Any]]
    default_authorizer: str | None
    authorizers: dict[str, str]  # authorizer name -> function logical id


class Stack:
    """The template with intrinsics resolvable against local physical names."""

    def __init__(
        self,
        template_path: Path,
        stack_name: str = "resume-api-local",
        parameters: dict[str, str] | None = None,
        *,
        lenient: bool = False,
    ):
        self.path = template_path
        self.root = template_path.parent
        self.template = load_template(template_path)
        self.stack_name = stack_name
        self.parameters = {
            name: str(spec.get("Default", ""))
            for name, spec in (self.template.get("Parameters") or {}).items()
        }
        self.parameters.update(parameters or {})
        self.physical: dict[str, str] = {}  # logical id -> Ref value
        self.attributes: dict[tuple[str, str], str] = {}  # (logical id, attr) -> value
        self.lenient = lenient  # resolve unknown physical names to placeholders (static checks)

    @property
    def resources(self) -> dict[str, dict[str, Any]]:
        return dict(self.template.get("Resources") or {})

    def of_type(self, cfn_type: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.resources.items() if v.get("Type") == cfn_type}

    # -- intrinsics -------------------------------------------------------------------------
    def _pseudo(self, name: str) -> str | None:
        return {
            "AWS::StackName": self.stack_name,
            "AWS::Region": REGION,
            "AWS::AccountId": ACCOUNT_ID,
            "AWS::Partition": PARTITION,
            "AWS::URLSuffix": "amazonaws.com",
        }.get(name)

    def _ref(self, name: str) -> str:
        pseudo = self._pseudo(name)
        if pseudo is not None:
            return pseudo
        if name in self.parameters:
            return self.parameters[name]
        if name in self.physical:
            return self.physical[name]
        if self.lenient and name in self.resources:
            return f"<{name}>"
        raise KeyError(f"unresolved Ref {name}")

    def _getatt(self, logical: str, attr: str) -> str:
        if (logical, attr) in self.attributes:
            return self.attributes[(logical, attr)]
        if self.lenient and logical in self.resources:
            return f"<{logical}.{attr}>"
        raise KeyError(f"unresolved GetAtt {logical}.{attr}")

    def _sub(self, text: str, variables: dict[str, Any]) -> str:
        def repl(match: re.Match[str]) -> str:
            expr = match.group(1)
            if expr.startswith("!"):
                return "${" + expr[1:] + "}"
            if expr in variables:
                return str(self.resolve(variables[expr]))
            if "." in expr and self._pseudo(expr) is None:
                logical, attr = expr.split(".", 1)
                return self._getatt(logical, attr)
            return self._ref(expr)

        return re.sub(r"\$\{([^}]+)\}", repl, text)

    def resolve(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        if not isinstance(value, dict):
            return value
        if len(value) == 1:
            ((key, arg),) = value.items()
            if key == "Ref":
                return self._ref(arg)
            if key == "Fn::GetAtt":
                logical, attr = arg if isinstance(arg, list) else arg.split(".", 1)
                return self._getatt(logical, attr)
            if key == "Fn::Sub":
                if isinstance(arg, list):
                    return self._sub(arg[0], arg[1])
                return self._sub(arg, {})
            if key == "Fn::Join":
                return str(arg[0]).join(str(self.resolve(v)) for v in self.resolve(arg[1]))
            if key == "Fn::Select":
                return self.resolve(arg[1])[int(self.resolve(arg[0]))]
            if key == "Fn::If":
                return self.resolve(arg[1] if self.condition(arg[0]) else arg[2])
        return {k: self.resolve(v) for k, v in value.items()}

    def condition(self, name: str) -> bool:
        spec = (self.template.get("Conditions") or {})[name]
        return self._eval_condition(spec)

    def _eval_condition(self, spec: Any) -> bool:
        ((key, arg),) = spec.items()
        if key == "Fn::Equals":
            return str(self.resolve(arg[0])) == str(self.resolve(arg[1]))
        if key == "Fn::Not":
            return not self._eval_condition(arg[0])
        if key == "Fn::And":
            return all(self._eval_condition(a) for a in arg)
        if key == "Fn::Or":
            return any(self._eval_condition(a) for a in arg)
        if key == "Condition":
            return self.condition(arg)
        raise ValueError(f"unsupported condition {key}")

    # -- SAM view ---------------------------------------------------------------------------
    def function_properties(self, logical_id: str) -> dict[str, Any]:
        globals_ = ((self.template.get("Globals") or {}).get("Function")) or {}
        return _merge(globals_, self.resources[logical_id].get("Properties") or {})

    def api(self) -> ApiSpec:
        apis = self.of_type("AWS::Serverless::Api")
        if len(apis) != 1:
            raise ValueError("the local runner serves exactly one AWS::Serverless::Api")
        ((logical, spec),) = apis.items()
        props = spec.get("Properties") or {}
        auth = props.get("Auth") or {}
        authorizers = {}
        for name, conf in (auth.get("Authorizers") or {}).items():
            arn = conf.get("FunctionArn")
            logical_fn = arn["Fn::GetAtt"][0] if isinstance(arn, dict) and "Fn::GetAtt" in arn else None
            if logical_fn is None:
                raise ValueError(f"authorizer {name}: FunctionArn must be !GetAtt <Function>.Arn")
            authorizers[name] = logical_fn
        return ApiSpec(
            logical_id=logical,
            stage=str(self.resolve(props.get("StageName", "Prod"))),
            binary_media_types=[str(t).replace("~1", "/") for t in props.get("BinaryMediaTypes") or []],
            gateway_responses=self.resolve(props.get("GatewayResponses") or {}),
            default_authorizer=auth.get("DefaultAuthorizer"),
            authorizers=authorizers,
        )

    def functions(self) -> dict[str, FunctionSpec]:
        api = self.api()
        specs: dict[str, FunctionSpec] = {}
        for logical in self.of_type("AWS::Serverless::Function"):
            props = self.function_properties(logical)
            name = str(self.resolve(props.get("FunctionName", f"{self.stack_name}-{logical}")))
            env = self.resolve(((props.get("Environment") or {}).get("Variables")) or {})
            log_group = (props.get("LoggingConfig") or {}).get("LogGroup")
            spec = FunctionSpec(
                logical_id=logical,
                name=name,
                code_dir=(self.root / str(props["CodeUri"])).resolve(),
                handler=str(props["Handler"]),
                environment={k: str(v) for k, v in env.items()},
                timeout_s=int(props.get("Timeout", 3)),
                memory_mb=int(props.get("MemorySize", 128)),
                log_group=str(self.resolve(log_group)) if log_group else f"/aws/lambda/{name}",
            )
            invoke_config = props.get("EventInvokeConfig") or {}
            spec.max_retries = int(invoke_config.get("MaximumRetryAttempts", 2))
            spec.max_event_age_s = int(invoke_config.get("MaximumEventAgeInSeconds", 21_600))
            on_failure = ((invoke_config.get("DestinationConfig") or {}).get("OnFailure")) or {}
            if on_failure.get("Destination"):
                spec.on_failure_arn = str(self.resolve(on_failure["Destination"]))
            for event in (props.get("Events") or {}).values():
                eprops = event.get("Properties") or {}
                if event.get("Type") == "Api":
                    auth = (eprops.get("Auth") or {}).get("Authorizer", api.default_authorizer)
                    spec.routes.append(
                        RouteSpec(
                            path=str(eprops["Path"]),
                            method=str(eprops["Method"]).upper(),
                            function=logical,
                            authorizer=None if auth in (None, "NONE") else str(auth),
                            timeout_ms=int(eprops.get("TimeoutInMillis", 29_000)),
                        )
                    )
                elif event.get("Type") == "S3":
                    spec.s3_events.append(eprops)
                elif event.get("Type") == "SQS":
                    spec.sqs_events.append(eprops)
            specs[logical] = spec
        return specs

    def routes(self) -> list[RouteSpec]:
        routes = [r for f in self.functions().values() for r in f.routes]
        # Static segments win over path parameters, as in API Gateway.
        return sorted(routes, key=lambda r: (r.path.count("{"), -len(r.path)))
