#!/usr/bin/env bash
# Writes a consumer of 500 files × 50 model constructions into $1 (default: a new temp folder) and
# prints the folder. Half the constructions break a rule (12,500 diagnostics); with --valid as $2,
# the same constructions with valid values (no diagnostic). It references the Release builds of the
# library and the analyzer directly and inherits nothing from the repository. Build it with ReportAnalyzer to see the analyzer's share:
#   dotnet build -c Release src/Paradigms.Model && dotnet build -c Release analyzers/Paradigms.Model.Analyzers
#   dir=$(bash tests/Paradigms.Model.Benchmarks/AnalyzerBuild/generate-consumer.sh)
#   dotnet build "$dir" -c Release --no-incremental --disable-build-servers -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary | grep -E "Total analyzer execution time|Paradigms.Model.Analyzers|ms  Csc"
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
dir="${1:-$(mktemp -d)}"
if [ "${2:-}" = "--valid" ]; then
  sandbox_nic='Nic.WasiSocket()'; virtualization_nic='Nic.E1000()'; cat5e_speed=1; vlan=4094; loss=15
else
  sandbox_nic='Nic.SrIov($i, 8)'; virtualization_nic='Nic.VirtioNet()'; cat5e_speed=10; vlan=4095; loss=150
fi
mkdir -p "$dir"
echo '<Project></Project>' > "$dir/Directory.Build.props"
echo '<Project></Project>' > "$dir/Directory.Packages.props"
printf 'root = true\n\n[*.cs]\n# The errors are reported as warnings so that the build completes and is timed whole.\ndotnet_diagnostic.PM0001.severity = warning\ndotnet_diagnostic.PM0004.severity = warning\ndotnet_diagnostic.PM0005.severity = warning\ndotnet_diagnostic.PM0010.severity = warning\n' > "$dir/.editorconfig"
cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <NoWarn>\$(NoWarn);CS0219</NoWarn>
    <!-- -p:ConsumerAnalyzer=… builds with another analyzer, such as the baseline (docs/performance.md). -->
    <ConsumerAnalyzer Condition="'\$(ConsumerAnalyzer)' == ''">$repo/analyzers/Paradigms.Model.Analyzers/bin/Release/netstandard2.0/Paradigms.Model.Analyzers.dll</ConsumerAnalyzer>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$repo/src/Paradigms.Model/bin/Release/net10.0/Paradigms.Model.dll" />
    <Analyzer Include="\$(ConsumerAnalyzer)" />
    <CompilerVisibleProperty Include="BaselineResolveAtStart" />
  </ItemGroup>
</Project>
XML
for f in $(seq 0 499); do
  {
    echo "using Paradigms.Model;"
    echo "using Paradigms.Model.Networking;"
    echo "using Paradigms.Model.Quantities;"
    echo "using Paradigms.Model.Resources;"
    echo ""
    echo "namespace Consumer;"
    echo ""
    echo "public static class Models$f"
    echo "{"
    echo "    public static object[] All() =>"
    echo "    ["
    for i in $(seq 0 4); do
      v=$((f * 10 + i))
      cat <<CS
        new Deployment(Paradigm.Containerization, Nic.Veth(), [LogicalChannel.Vxlan($v), LogicalChannel.Cni()], NetworkMode.Bridge, mtu: 1450),
        new Deployment(Paradigm.Sandboxing, ${sandbox_nic//\$i/$i}),
        new Deployment(Paradigm.Virtualization, $virtualization_nic) { NetworkMode = NetworkMode.Nat },
        new Deployment(Paradigm.Paravirtualization, Nic.VirtioNet(), guestModifiable: true) with { Mtu = 9000 },
        new PhysicalNic(BitRate.FromGigabitsPerSecond($cat5e_speed), medium: PhysicalMedium.Cat5e),
        new PhysicalNic(BitRate.FromGigabitsPerSecond(25), interfaceType: InterfaceType.Sfp28, medium: PhysicalMedium.MultiModeFiber),
        LogicalChannel.Vlan($((v % 4094 + 1))),
        LogicalChannel.Vlan($vlan),
        new EncapsulationStack(1500, [Encapsulation.VxlanOverIpv4(), Encapsulation.GeneveOverIpv4(8)]),
        IoModel.Virtualization(Duration.FromMicroseconds(100), Ratio.FromPercent($loss), Duration.Zero, Duration.Zero),
CS
    done
    echo "    ];"
    echo "}"
  } > "$dir/Models$f.cs"
done
echo 'System.Console.WriteLine(Consumer.Models0.All().Length);' > "$dir/Program.cs"
echo "$dir"
