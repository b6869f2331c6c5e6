import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** What the reader sees instead of the broken part, in their language. */
  fallback: ReactNode
  children: ReactNode
}

/** Keeps one broken part of the page from blanking the rest: it shows a short message in its place. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
