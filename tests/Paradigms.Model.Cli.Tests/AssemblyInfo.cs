// Each test starts the command as a child process, which takes a core of its own: one at a time leaves the other
// core to the test projects that run beside this one (the package tests build and pack the library).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
