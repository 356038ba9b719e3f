using System.Runtime.CompilerServices;

// Locals are not cleared on entry to every method: C# has every local assigned before it is read, and the two stackalloc
// buffers (CalendarCursor.Fill, ContactCalendar.Stretches) are read only where written. The planner's step loop, entered
// for every step and anchor, otherwise cleared a large frame of struct temporaries each time.
[module: SkipLocalsInit]
