package shapes

import (
	"fmt"
	"math"
)

// Shape has an area.
type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

type Circle struct{ R float64 }

type Square struct{ Side float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c Circle) Area() float64  { return math.Pi * c.R * c.R }
func (s *Square) Area() float64 { return s.Side * s.Side }

// Named is meant to be embedded.
type Named struct{ Label string }

func (n Named) Name() string { return "<" + n.Label + ">" }

// Describe names a shape's kind.
func Describe(s Shape) string {
	switch s := s.(type) {
	case Rect:
		return fmt.Sprintf("rect%vx%v", s.W, s.H)
	case Circle:
		return "circle"
	default:
		return "other"
	}
}
