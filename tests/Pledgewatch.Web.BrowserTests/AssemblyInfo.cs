// The browser tests and the 500-deputy vote both need the machine's two cores: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
