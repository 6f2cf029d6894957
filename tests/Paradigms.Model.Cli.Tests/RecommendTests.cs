using System.Text.Json;

namespace Paradigms.Model.Cli.Tests;

/// <summary>
/// <c>paradigms recommend</c>: the decision algorithm of Res §7. Branch 1: 资源受限 and 性能要求高 → 沙盒化; branch 2:
/// 隔离要求高 and 兼容性要求高 and Guest OS 可修改 → 半虚拟化; branch 3: 隔离要求高 and 兼容性要求高 → 虚拟化; branch 4:
/// 资源共享需求 and 标准化需求 → 容器化; no else (the library answers containerization and says so).
/// </summary>
public sealed class RecommendTests
{
    [Fact]
    public void EveryConditionOfTheFirstThreeBranches_Branch1ChoosesSandboxing()
    {
        var result = Cli.Run("recommend", "--resource-constrained", "--latency-critical", "--isolation", "high", "--multi-os", "--guest-modifiable").Succeeded();

        result.HasLine("Recommendation: Sandboxing");
        result.HasLine("Branch 1 of the decision algorithm of Res §7 chose it (Res §7).");
        result.HasLine("Requirements that hold: resource-constrained (资源受限), high performance (性能要求高), high isolation (隔离要求高), high compatibility (兼容性要求高), guest OS modifiable (Guest OS 可修改).");
        result.HasLine("Branch 1", "resource-constrained = yes, high performance = yes", "yes", "Sandboxing", "if 资源受限 and 性能要求高: return 沙盒化", "Res §7");
        // Branches 2 and 3 held too; they lost only to the order of the branches.
        result.HasLine("1", "Paravirtualization", "Branch 2 (Res §7) would choose it too, but branch 1 came first.");
        result.HasLine("2", "Virtualization", "Branch 3 (Res §7) would choose it too, but branch 1 came first.");
        result.HasLine("3", "Containerization", "Branch 4 (Res §7) needs 'resource sharing' (资源共享需求) and 'standardization' (标准化需求), which do not hold");
    }

    [Theory]
    [InlineData("Paravirtualization", 2, "--isolation", "high", "--high-compatibility", "--guest-modifiable")]
    [InlineData("Virtualization", 3, "--isolation", "high", "--multi-os")]
    [InlineData("Containerization", 4, "--resource-sharing", "--standardization")]
    [InlineData("Sandboxing", 1, "--resource-constrained", "--high-performance")]
    public void EachBranch_ChoosesItsParadigm(string paradigm, int branch, params string[] options)
    {
        var result = Cli.Run(["recommend", .. options]).Succeeded();

        result.HasLine($"Recommendation: {paradigm}");
        result.HasLine($"Branch {branch} of the decision algorithm of Res §7 chose it");
        result.HasLine($"Branch {branch}", "yes", paradigm);
    }

    [Fact]
    public void NoCondition_IsTheLibrarysDefaultAndSaysSo()
    {
        var result = Cli.Run("recommend").Succeeded();

        result.HasLine("Recommendation: Containerization");
        result.HasLine("No branch of the decision algorithm of Res §7 held; the library's default applies (Res §7, §2.3, §3.3).");
        result.HasLine("Requirements that hold: none.");
        result.HasLine("Default", "no branch held", "yes", "Containerization", "the library's default (the document has no else)", "Res §2.3, §3.3");
    }

    [Fact]
    public void IsolationBelowHigh_DoesNotHold()
    {
        var result = Cli.Run("recommend", "--isolation", "medium", "--multi-os").Succeeded();

        result.HasLine("Recommendation: Containerization");
        result.HasLine("Branch 3", "high isolation = no, high compatibility = yes", "no", "Virtualization");
    }

    [Fact]
    public void Json_HasTheTrailAndTheRankedAlternatives()
    {
        var result = Cli.Run("recommend", "--isolation", "high", "--multi-os", "--format", "json").Succeeded();
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;

        Assert.Equal("Virtualization", root.GetProperty("paradigm").GetString());
        Assert.Equal(3, root.GetProperty("branch").GetInt32());
        Assert.False(root.GetProperty("isDefault").GetBoolean());
        var trail = root.GetProperty("trail");
        Assert.Equal(3, trail.GetArrayLength()); // branches 1 and 2 not held, branch 3 held
        Assert.False(trail[1].GetProperty("held").GetBoolean());
        Assert.Equal("Guest OS 可修改", trail[1].GetProperty("conditions")[2].GetProperty("words").GetString());
        Assert.False(trail[1].GetProperty("conditions")[2].GetProperty("holds").GetBoolean());
        var alternatives = root.GetProperty("alternatives");
        Assert.Equal(3, alternatives.GetArrayLength());
        // Branch 2 met 2 of 3 conditions: the closest to being chosen.
        Assert.Equal("Paravirtualization", alternatives[0].GetProperty("paradigm").GetString());
        Assert.Equal(2, alternatives[0].GetProperty("conditionsHeld").GetInt32());
        Assert.Equal(3, alternatives[0].GetProperty("conditionCount").GetInt32());
        Assert.StartsWith("Recommendation: Virtualization", root.GetProperty("explanation")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_IsGitHubTables()
    {
        var result = Cli.Run("recommend", "--resource-sharing", "--standardization", "--format", "markdown").Succeeded();

        result.HasLine("## Recommendation: Containerization");
        result.HasLine("| Step | Conditions | Held | Paradigm | Rule | Citation |");
        result.HasLine("| Branch 4 | resource sharing = yes, standardization = yes | yes | Containerization | elif 资源共享需求 and 标准化需求: return 容器化 | Res §7 |");
    }

    [Theory]
    [InlineData("--isolation", "extreme", "--isolation was 'extreme'; allowed: low, medium, high")]
    [InlineData("--resource-constrained", "yes", "--resource-constrained was given 'yes'; allowed: no value. Write --resource-constrained alone to turn it on, or leave it out.")]
    [InlineData("--unknown", "x", "--unknown")]
    public void BadInput_IsRefusedWithExitCode2(string option, string value, string message)
    {
        Cli.Run("recommend", option, value).Refused(2, message);
    }
}
