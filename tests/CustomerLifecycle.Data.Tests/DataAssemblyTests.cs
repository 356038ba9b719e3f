namespace CustomerLifecycle.Data.Tests;

public class DataAssemblyTests
{
    [Fact]
    public void Data_package_references_no_command_line_code() =>
        Assert.DoesNotContain(
            typeof(DataAssembly).Assembly.GetReferencedAssemblies(),
            a => a.Name is "lifecycle" or "System.CommandLine" or "Spectre.Console");
}
