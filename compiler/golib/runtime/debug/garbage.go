// Package debug: the collector's statistics as Go 1.19's runtime/debug/garbage.go gives them
// (ReadGCStats), from runtime.ReadMemStats.
package debug

import (
	"runtime"
	"sort"
	"time"
)

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time       // time of last collection
	NumGC          int64           // number of garbage collections
	PauseTotal     time.Duration   // total pause for all collections
	Pause          []time.Duration // pause history, most recent first
	PauseEnd       []time.Time     // pause end times history, most recent first
	PauseQuantiles []time.Duration
}

// ReadGCStats reads statistics about garbage collection into stats. The number of entries
// in the pause history is system-dependent; stats.Pause slice will be reused if large enough,
// reallocated otherwise. If stats.PauseQuantiles is non-empty, ReadGCStats fills it with
// quantiles summarizing the distribution of pause time.
func ReadGCStats(stats *GCStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	// One buffer holds the pause history and room for a second copy (the end times, then
	// the sorted pauses for the quantiles), as Go's does: its capacity shows.
	const maxPause = len(m.PauseNs)
	if cap(stats.Pause) < 2*maxPause+3 {
		stats.Pause = make([]time.Duration, 2*maxPause+3)
	}
	n := int(m.NumGC)
	if n > maxPause {
		n = maxPause
	}
	stats.Pause = stats.Pause[:n]
	if cap(stats.PauseEnd) < maxPause {
		stats.PauseEnd = make([]time.Time, 0, maxPause)
	}
	stats.PauseEnd = stats.PauseEnd[:0]
	// Most recent first: PauseNs is circular, the latest entry at (NumGC+255)%256.
	for i := 0; i < n; i++ {
		j := (int(m.NumGC) - 1 - i + maxPause) % maxPause
		stats.Pause[i] = time.Duration(m.PauseNs[j])
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(m.PauseEnd[j])))
	}
	stats.LastGC = time.Unix(0, int64(m.LastGC))
	stats.NumGC = int64(m.NumGC)
	stats.PauseTotal = time.Duration(m.PauseTotalNs)
	if len(stats.PauseQuantiles) > 0 {
		if n == 0 {
			for i := range stats.PauseQuantiles {
				stats.PauseQuantiles[i] = 0
			}
		} else {
			sorted := stats.Pause[n : n+n]
			copy(sorted, stats.Pause)
			sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
			nq := len(stats.PauseQuantiles) - 1
			for i := 0; i < nq; i++ {
				stats.PauseQuantiles[i] = sorted[len(sorted)*i/nq]
			}
			stats.PauseQuantiles[nq] = sorted[len(sorted)-1]
		}
	}
}
